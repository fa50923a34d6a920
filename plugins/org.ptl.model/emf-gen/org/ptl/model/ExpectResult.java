/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expect Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The previous step returned an error code, a named walk outcome, or a value (0 for success, a descriptor for mkyoung, an output address for translate).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ExpectResult#getErrno <em>Errno</em>}</li>
 *   <li>{@link org.ptl.model.ExpectResult#getValue <em>Value</em>}</li>
 *   <li>{@link org.ptl.model.ExpectResult#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getExpectResult()
 * @model
 * @generated
 */
public interface ExpectResult extends Expectation
{
	/**
	 * Returns the value of the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Errno</em>' attribute.
	 * @see #setErrno(String)
	 * @see org.ptl.model.PtlPackage#getExpectResult_Errno()
	 * @model
	 * @generated
	 */
	String getErrno();

	/**
	 * Sets the value of the '{@link org.ptl.model.ExpectResult#getErrno <em>Errno</em>}' attribute.
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
	 * @see #setValue(long)
	 * @see org.ptl.model.PtlPackage#getExpectResult_Value()
	 * @model
	 * @generated
	 */
	long getValue();

	/**
	 * Sets the value of the '{@link org.ptl.model.ExpectResult#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(long value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A named outcome of the scenario's walker policy, which a walk returned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' reference.
	 * @see #setOutcome(NamedOutcome)
	 * @see org.ptl.model.PtlPackage#getExpectResult_Outcome()
	 * @model
	 * @generated
	 */
	NamedOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.ptl.model.ExpectResult#getOutcome <em>Outcome</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' reference.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(NamedOutcome value);

} // ExpectResult
