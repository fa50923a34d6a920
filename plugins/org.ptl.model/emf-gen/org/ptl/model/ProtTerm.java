/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prot Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ProtTerm#isNegated <em>Negated</em>}</li>
 *   <li>{@link org.ptl.model.ProtTerm#getFlag <em>Flag</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getProtTerm()
 * @model
 * @generated
 */
public interface ProtTerm extends EObject
{
	/**
	 * Returns the value of the '<em><b>Negated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Negated</em>' attribute.
	 * @see #setNegated(boolean)
	 * @see org.ptl.model.PtlPackage#getProtTerm_Negated()
	 * @model
	 * @generated
	 */
	boolean isNegated();

	/**
	 * Sets the value of the '{@link org.ptl.model.ProtTerm#isNegated <em>Negated</em>}' attribute.
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
	 * @see #setFlag(ProtFlag)
	 * @see org.ptl.model.PtlPackage#getProtTerm_Flag()
	 * @model
	 * @generated
	 */
	ProtFlag getFlag();

	/**
	 * Sets the value of the '{@link org.ptl.model.ProtTerm#getFlag <em>Flag</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flag</em>' reference.
	 * @see #getFlag()
	 * @generated
	 */
	void setFlag(ProtFlag value);

} // ProtTerm
