/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bit Picture</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A picture of the 64 bits of one address of the layout, in named slices.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.BitPicture#getValue <em>Value</em>}</li>
 *   <li>{@link org.ptl.model.BitPicture#getSlices <em>Slices</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getBitPicture()
 * @model
 * @generated
 */
public interface BitPicture extends Named
{
	/**
	 * Returns the value of the '<em><b>Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' containment reference.
	 * @see #setValue(Expression)
	 * @see org.ptl.model.PtlPackage#getBitPicture_Value()
	 * @model containment="true"
	 * @generated
	 */
	Expression getValue();

	/**
	 * Sets the value of the '{@link org.ptl.model.BitPicture#getValue <em>Value</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' containment reference.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Expression value);

	/**
	 * Returns the value of the '<em><b>Slices</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.BitSlice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slices</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getBitPicture_Slices()
	 * @model containment="true"
	 * @generated
	 */
	EList<BitSlice> getSlices();

} // BitPicture
