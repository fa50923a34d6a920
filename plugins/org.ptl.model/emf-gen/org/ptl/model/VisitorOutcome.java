/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Visitor Outcome</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.VisitorOutcome#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.ptl.model.VisitorOutcome#getAddress <em>Address</em>}</li>
 *   <li>{@link org.ptl.model.VisitorOutcome#isOtherwise <em>Otherwise</em>}</li>
 *   <li>{@link org.ptl.model.VisitorOutcome#getTimes <em>Times</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getVisitorOutcome()
 * @model
 * @generated
 */
public interface VisitorOutcome extends EObject
{
	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' containment reference.
	 * @see #setOutcome(OutcomePattern)
	 * @see org.ptl.model.PtlPackage#getVisitorOutcome_Outcome()
	 * @model containment="true"
	 * @generated
	 */
	OutcomePattern getOutcome();

	/**
	 * Sets the value of the '{@link org.ptl.model.VisitorOutcome#getOutcome <em>Outcome</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' containment reference.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(OutcomePattern value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see org.ptl.model.PtlPackage#getVisitorOutcome_Address()
	 * @model
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link org.ptl.model.VisitorOutcome#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(long value);

	/**
	 * Returns the value of the '<em><b>Otherwise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Otherwise</em>' attribute.
	 * @see #setOtherwise(boolean)
	 * @see org.ptl.model.PtlPackage#getVisitorOutcome_Otherwise()
	 * @model
	 * @generated
	 */
	boolean isOtherwise();

	/**
	 * Sets the value of the '{@link org.ptl.model.VisitorOutcome#isOtherwise <em>Otherwise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Otherwise</em>' attribute.
	 * @see #isOtherwise()
	 * @generated
	 */
	void setOtherwise(boolean value);

	/**
	 * Returns the value of the '<em><b>Times</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Times</em>' attribute.
	 * @see #isSetTimes()
	 * @see #unsetTimes()
	 * @see #setTimes(int)
	 * @see org.ptl.model.PtlPackage#getVisitorOutcome_Times()
	 * @model unsettable="true"
	 * @generated
	 */
	int getTimes();

	/**
	 * Sets the value of the '{@link org.ptl.model.VisitorOutcome#getTimes <em>Times</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Times</em>' attribute.
	 * @see #isSetTimes()
	 * @see #unsetTimes()
	 * @see #getTimes()
	 * @generated
	 */
	void setTimes(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.VisitorOutcome#getTimes <em>Times</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTimes()
	 * @see #getTimes()
	 * @see #setTimes(int)
	 * @generated
	 */
	void unsetTimes();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.VisitorOutcome#getTimes <em>Times</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Times</em>' attribute is set.
	 * @see #unsetTimes()
	 * @see #getTimes()
	 * @see #setTimes(int)
	 * @generated
	 */
	boolean isSetTimes();

} // VisitorOutcome
