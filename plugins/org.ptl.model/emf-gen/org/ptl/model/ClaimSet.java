/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The software bits one claimant (pKVM, nested virt, dirty tracking, ...) takes in the software fields of some descriptors. The set's name is the claimant's name.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ClaimSet#getFields <em>Fields</em>}</li>
 *   <li>{@link org.ptl.model.ClaimSet#getClaims <em>Claims</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getClaimSet()
 * @model
 * @generated
 */
public interface ClaimSet extends Element
{
	/**
	 * Returns the value of the '<em><b>Fields</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.Field}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fields</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getClaimSet_Fields()
	 * @model
	 * @generated
	 */
	EList<Field> getFields();

	/**
	 * Returns the value of the '<em><b>Claims</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Claim}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Claims</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getClaimSet_Claims()
	 * @model containment="true"
	 * @generated
	 */
	EList<Claim> getClaims();

} // ClaimSet
