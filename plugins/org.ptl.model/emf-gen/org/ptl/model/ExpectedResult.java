/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expected Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A result an operation may return: an error code, a value, or 'livelock' for a walk that may retry forever.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ExpectedResult#getErrno <em>Errno</em>}</li>
 *   <li>{@link org.ptl.model.ExpectedResult#getValue <em>Value</em>}</li>
 *   <li>{@link org.ptl.model.ExpectedResult#isLivelock <em>Livelock</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getExpectedResult()
 * @model
 * @generated
 */
public interface ExpectedResult extends EObject
{
	/**
	 * Returns the value of the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Errno</em>' attribute.
	 * @see #setErrno(String)
	 * @see org.ptl.model.PtlPackage#getExpectedResult_Errno()
	 * @model
	 * @generated
	 */
	String getErrno();

	/**
	 * Sets the value of the '{@link org.ptl.model.ExpectedResult#getErrno <em>Errno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Errno</em>' attribute.
	 * @see #getErrno()
	 * @generated
	 */
	void setErrno(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #isSetValue()
	 * @see #unsetValue()
	 * @see #setValue(long)
	 * @see org.ptl.model.PtlPackage#getExpectedResult_Value()
	 * @model unsettable="true"
	 * @generated
	 */
	long getValue();

	/**
	 * Sets the value of the '{@link org.ptl.model.ExpectedResult#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #isSetValue()
	 * @see #unsetValue()
	 * @see #getValue()
	 * @generated
	 */
	void setValue(long value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.ExpectedResult#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetValue()
	 * @see #getValue()
	 * @see #setValue(long)
	 * @generated
	 */
	void unsetValue();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.ExpectedResult#getValue <em>Value</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Value</em>' attribute is set.
	 * @see #unsetValue()
	 * @see #getValue()
	 * @see #setValue(long)
	 * @generated
	 */
	boolean isSetValue();

	/**
	 * Returns the value of the '<em><b>Livelock</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Livelock</em>' attribute.
	 * @see #setLivelock(boolean)
	 * @see org.ptl.model.PtlPackage#getExpectedResult_Livelock()
	 * @model
	 * @generated
	 */
	boolean isLivelock();

	/**
	 * Sets the value of the '{@link org.ptl.model.ExpectedResult#isLivelock <em>Livelock</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Livelock</em>' attribute.
	 * @see #isLivelock()
	 * @generated
	 */
	void setLivelock(boolean value);

} // ExpectedResult
