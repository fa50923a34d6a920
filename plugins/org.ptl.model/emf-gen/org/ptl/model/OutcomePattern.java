/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outcome Pattern</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A visitor outcome: 0 (code), an errno (-EAGAIN), any error, or a named outcome.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.OutcomePattern#getCode <em>Code</em>}</li>
 *   <li>{@link org.ptl.model.OutcomePattern#getErrno <em>Errno</em>}</li>
 *   <li>{@link org.ptl.model.OutcomePattern#isAnyError <em>Any Error</em>}</li>
 *   <li>{@link org.ptl.model.OutcomePattern#getNamed <em>Named</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getOutcomePattern()
 * @model
 * @generated
 */
public interface OutcomePattern extends EObject
{
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #isSetCode()
	 * @see #unsetCode()
	 * @see #setCode(int)
	 * @see org.ptl.model.PtlPackage#getOutcomePattern_Code()
	 * @model unsettable="true"
	 * @generated
	 */
	int getCode();

	/**
	 * Sets the value of the '{@link org.ptl.model.OutcomePattern#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #isSetCode()
	 * @see #unsetCode()
	 * @see #getCode()
	 * @generated
	 */
	void setCode(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.OutcomePattern#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCode()
	 * @see #getCode()
	 * @see #setCode(int)
	 * @generated
	 */
	void unsetCode();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.OutcomePattern#getCode <em>Code</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Code</em>' attribute is set.
	 * @see #unsetCode()
	 * @see #getCode()
	 * @see #setCode(int)
	 * @generated
	 */
	boolean isSetCode();

	/**
	 * Returns the value of the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Errno</em>' attribute.
	 * @see #setErrno(String)
	 * @see org.ptl.model.PtlPackage#getOutcomePattern_Errno()
	 * @model
	 * @generated
	 */
	String getErrno();

	/**
	 * Sets the value of the '{@link org.ptl.model.OutcomePattern#getErrno <em>Errno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Errno</em>' attribute.
	 * @see #getErrno()
	 * @generated
	 */
	void setErrno(String value);

	/**
	 * Returns the value of the '<em><b>Any Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any Error</em>' attribute.
	 * @see #setAnyError(boolean)
	 * @see org.ptl.model.PtlPackage#getOutcomePattern_AnyError()
	 * @model
	 * @generated
	 */
	boolean isAnyError();

	/**
	 * Sets the value of the '{@link org.ptl.model.OutcomePattern#isAnyError <em>Any Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Any Error</em>' attribute.
	 * @see #isAnyError()
	 * @generated
	 */
	void setAnyError(boolean value);

	/**
	 * Returns the value of the '<em><b>Named</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Named</em>' reference.
	 * @see #setNamed(NamedOutcome)
	 * @see org.ptl.model.PtlPackage#getOutcomePattern_Named()
	 * @model
	 * @generated
	 */
	NamedOutcome getNamed();

	/**
	 * Sets the value of the '{@link org.ptl.model.OutcomePattern#getNamed <em>Named</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Named</em>' reference.
	 * @see #getNamed()
	 * @generated
	 */
	void setNamed(NamedOutcome value);

} // OutcomePattern
