/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relax Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.RelaxStep#getAddress <em>Address</em>}</li>
 *   <li>{@link org.ptl.model.RelaxStep#getProt <em>Prot</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getRelaxStep()
 * @model
 * @generated
 */
public interface RelaxStep extends Step
{
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see org.ptl.model.PtlPackage#getRelaxStep_Address()
	 * @model
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link org.ptl.model.RelaxStep#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(long value);

	/**
	 * Returns the value of the '<em><b>Prot</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.ProtFlag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prot</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getRelaxStep_Prot()
	 * @model
	 * @generated
	 */
	EList<ProtFlag> getProt();

} // RelaxStep
