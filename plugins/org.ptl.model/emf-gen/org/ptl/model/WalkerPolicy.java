/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Walker Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a page-table walker does with each visitor outcome under which walker flags: continue, retry the entry, stop and propagate, or ignore it as 0 (DOMAIN.md 3.3, 3.4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.WalkerPolicy#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.ptl.model.WalkerPolicy#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.ptl.model.WalkerPolicy#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getWalkerPolicy()
 * @model
 * @generated
 */
public interface WalkerPolicy extends Element
{
	/**
	 * Returns the value of the '<em><b>Flags</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.WalkerFlag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flags</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getWalkerPolicy_Flags()
	 * @model containment="true"
	 * @generated
	 */
	EList<WalkerFlag> getFlags();

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.NamedOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcomes</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getWalkerPolicy_Outcomes()
	 * @model containment="true"
	 * @generated
	 */
	EList<NamedOutcome> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.PolicyRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getWalkerPolicy_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicyRule> getRules();

} // WalkerPolicy
