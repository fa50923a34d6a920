/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Descriptor bits claimed by one claimant, optionally shared with named other claimants.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Claim#getBits <em>Bits</em>}</li>
 *   <li>{@link org.ptl.model.Claim#getSharedWith <em>Shared With</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getClaim()
 * @model
 * @generated
 */
public interface Claim extends Named
{
	/**
	 * Returns the value of the '<em><b>Bits</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bits</em>' containment reference.
	 * @see #setBits(BitRange)
	 * @see org.ptl.model.PtlPackage#getClaim_Bits()
	 * @model containment="true"
	 * @generated
	 */
	BitRange getBits();

	/**
	 * Sets the value of the '{@link org.ptl.model.Claim#getBits <em>Bits</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bits</em>' containment reference.
	 * @see #getBits()
	 * @generated
	 */
	void setBits(BitRange value);

	/**
	 * Returns the value of the '<em><b>Shared With</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.ClaimSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shared With</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getClaim_SharedWith()
	 * @model
	 * @generated
	 */
	EList<ClaimSet> getSharedWith();

} // Claim
