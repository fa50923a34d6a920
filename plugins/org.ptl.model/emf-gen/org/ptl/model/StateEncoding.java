/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>State Encoding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.StateEncoding#getState <em>State</em>}</li>
 *   <li>{@link org.ptl.model.StateEncoding#getValue <em>Value</em>}</li>
 *   <li>{@link org.ptl.model.StateEncoding#isNotEncoded <em>Not Encoded</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getStateEncoding()
 * @model
 * @generated
 */
public interface StateEncoding extends EObject
{
	/**
	 * Returns the value of the '<em><b>State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' reference.
	 * @see #setState(State)
	 * @see org.ptl.model.PtlPackage#getStateEncoding_State()
	 * @model
	 * @generated
	 */
	State getState();

	/**
	 * Sets the value of the '{@link org.ptl.model.StateEncoding#getState <em>State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' reference.
	 * @see #getState()
	 * @generated
	 */
	void setState(State value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(long)
	 * @see org.ptl.model.PtlPackage#getStateEncoding_Value()
	 * @model
	 * @generated
	 */
	long getValue();

	/**
	 * Sets the value of the '{@link org.ptl.model.StateEncoding#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(long value);

	/**
	 * Returns the value of the '<em><b>Not Encoded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Encoded</em>' attribute.
	 * @see #setNotEncoded(boolean)
	 * @see org.ptl.model.PtlPackage#getStateEncoding_NotEncoded()
	 * @model
	 * @generated
	 */
	boolean isNotEncoded();

	/**
	 * Sets the value of the '{@link org.ptl.model.StateEncoding#isNotEncoded <em>Not Encoded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Encoded</em>' attribute.
	 * @see #isNotEncoded()
	 * @generated
	 */
	void setNotEncoded(boolean value);

} // StateEncoding
