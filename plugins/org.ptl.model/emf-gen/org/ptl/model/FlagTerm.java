/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flag Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.FlagTerm#isNegated <em>Negated</em>}</li>
 *   <li>{@link org.ptl.model.FlagTerm#getFlag <em>Flag</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getFlagTerm()
 * @model
 * @generated
 */
public interface FlagTerm extends EObject
{
	/**
	 * Returns the value of the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Negated</em>' attribute.
	 * @see #setNegated(boolean)
	 * @see org.ptl.model.PtlPackage#getFlagTerm_Negated()
	 * @model
	 * @generated
	 */
	boolean isNegated();

	/**
	 * Sets the value of the '{@link org.ptl.model.FlagTerm#isNegated <em>Negated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Negated</em>' attribute.
	 * @see #isNegated()
	 * @generated
	 */
	void setNegated(boolean value);

	/**
	 * Returns the value of the '<em><b>Flag</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flag</em>' reference.
	 * @see #setFlag(WalkerFlag)
	 * @see org.ptl.model.PtlPackage#getFlagTerm_Flag()
	 * @model
	 * @generated
	 */
	WalkerFlag getFlag();

	/**
	 * Sets the value of the '{@link org.ptl.model.FlagTerm#getFlag <em>Flag</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flag</em>' reference.
	 * @see #getFlag()
	 * @generated
	 */
	void setFlag(WalkerFlag value);

} // FlagTerm
