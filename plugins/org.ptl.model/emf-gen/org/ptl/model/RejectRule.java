/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reject Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.RejectRule#getCombinations <em>Combinations</em>}</li>
 *   <li>{@link org.ptl.model.RejectRule#getErrno <em>Errno</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getRejectRule()
 * @model
 * @generated
 */
public interface RejectRule extends EObject
{
	/**
	 * Returns the value of the '<em><b>Combinations</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.FlagCombination}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Combinations</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getRejectRule_Combinations()
	 * @model containment="true"
	 * @generated
	 */
	EList<FlagCombination> getCombinations();

	/**
	 * Returns the value of the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Errno</em>' attribute.
	 * @see #setErrno(String)
	 * @see org.ptl.model.PtlPackage#getRejectRule_Errno()
	 * @model
	 * @generated
	 */
	String getErrno();

	/**
	 * Sets the value of the '{@link org.ptl.model.RejectRule#getErrno <em>Errno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Errno</em>' attribute.
	 * @see #getErrno()
	 * @generated
	 */
	void setErrno(String value);

} // RejectRule
