/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Input Range</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The values from min to max, both included.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.InputRange#getMin <em>Min</em>}</li>
 *   <li>{@link org.ptl.model.InputRange#getMax <em>Max</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getInputRange()
 * @model
 * @generated
 */
public interface InputRange extends EObject
{
	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #setMin(long)
	 * @see org.ptl.model.PtlPackage#getInputRange_Min()
	 * @model
	 * @generated
	 */
	long getMin();

	/**
	 * Sets the value of the '{@link org.ptl.model.InputRange#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #getMin()
	 * @generated
	 */
	void setMin(long value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(long)
	 * @see org.ptl.model.PtlPackage#getInputRange_Max()
	 * @model
	 * @generated
	 */
	long getMax();

	/**
	 * Sets the value of the '{@link org.ptl.model.InputRange#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(long value);

} // InputRange
