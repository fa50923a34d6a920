/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Index Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One index of a variable access: a parameter, or a member number.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.IndexTerm#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.ptl.model.IndexTerm#getMember <em>Member</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getIndexTerm()
 * @model
 * @generated
 */
public interface IndexTerm extends EObject
{
	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter</em>' reference.
	 * @see #setParameter(FamilyParameter)
	 * @see org.ptl.model.PtlPackage#getIndexTerm_Parameter()
	 * @model
	 * @generated
	 */
	FamilyParameter getParameter();

	/**
	 * Sets the value of the '{@link org.ptl.model.IndexTerm#getParameter <em>Parameter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' reference.
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(FamilyParameter value);

	/**
	 * Returns the value of the '<em><b>Member</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member</em>' attribute.
	 * @see #isSetMember()
	 * @see #unsetMember()
	 * @see #setMember(int)
	 * @see org.ptl.model.PtlPackage#getIndexTerm_Member()
	 * @model unsettable="true"
	 * @generated
	 */
	int getMember();

	/**
	 * Sets the value of the '{@link org.ptl.model.IndexTerm#getMember <em>Member</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member</em>' attribute.
	 * @see #isSetMember()
	 * @see #unsetMember()
	 * @see #getMember()
	 * @generated
	 */
	void setMember(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.IndexTerm#getMember <em>Member</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMember()
	 * @see #getMember()
	 * @see #setMember(int)
	 * @generated
	 */
	void unsetMember();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.IndexTerm#getMember <em>Member</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Member</em>' attribute is set.
	 * @see #unsetMember()
	 * @see #getMember()
	 * @see #setMember(int)
	 * @generated
	 */
	boolean isSetMember();

} // IndexTerm
