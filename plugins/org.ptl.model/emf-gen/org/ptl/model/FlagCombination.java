/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flag Combination</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.FlagCombination#getTerms <em>Terms</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getFlagCombination()
 * @model
 * @generated
 */
public interface FlagCombination extends EObject
{
	/**
	 * Returns the value of the '<em><b>Terms</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.ProtTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Terms</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getFlagCombination_Terms()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtTerm> getTerms();

} // FlagCombination
