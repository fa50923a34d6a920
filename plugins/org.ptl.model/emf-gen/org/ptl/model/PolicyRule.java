/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * For an outcome, under a conjunction of walker flags (or otherwise: when no rule of the outcome with a condition applies), the action the walker takes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.PolicyRule#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.ptl.model.PolicyRule#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.ptl.model.PolicyRule#isOtherwise <em>Otherwise</em>}</li>
 *   <li>{@link org.ptl.model.PolicyRule#getAction <em>Action</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getPolicyRule()
 * @model
 * @generated
 */
public interface PolicyRule extends EObject
{
	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' containment reference.
	 * @see #setOutcome(OutcomePattern)
	 * @see org.ptl.model.PtlPackage#getPolicyRule_Outcome()
	 * @model containment="true"
	 * @generated
	 */
	OutcomePattern getOutcome();

	/**
	 * Sets the value of the '{@link org.ptl.model.PolicyRule#getOutcome <em>Outcome</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' containment reference.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(OutcomePattern value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.FlagTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getPolicyRule_Conditions()
	 * @model containment="true"
	 * @generated
	 */
	EList<FlagTerm> getConditions();

	/**
	 * Returns the value of the '<em><b>Otherwise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Otherwise</em>' attribute.
	 * @see #setOtherwise(boolean)
	 * @see org.ptl.model.PtlPackage#getPolicyRule_Otherwise()
	 * @model
	 * @generated
	 */
	boolean isOtherwise();

	/**
	 * Sets the value of the '{@link org.ptl.model.PolicyRule#isOtherwise <em>Otherwise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Otherwise</em>' attribute.
	 * @see #isOtherwise()
	 * @generated
	 */
	void setOtherwise(boolean value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.WalkAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see org.ptl.model.WalkAction
	 * @see #setAction(WalkAction)
	 * @see org.ptl.model.PtlPackage#getPolicyRule_Action()
	 * @model
	 * @generated
	 */
	WalkAction getAction();

	/**
	 * Sets the value of the '{@link org.ptl.model.PolicyRule#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see org.ptl.model.WalkAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(WalkAction value);

} // PolicyRule
