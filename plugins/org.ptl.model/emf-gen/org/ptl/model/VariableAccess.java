/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Variable Access</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A variable at the given members (parameters, or member numbers: pages from 0, other families from 1), optionally one field of it; or an enum literal, or a parameter (the member it stands for).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.VariableAccess#getTarget <em>Target</em>}</li>
 *   <li>{@link org.ptl.model.VariableAccess#getIndices <em>Indices</em>}</li>
 *   <li>{@link org.ptl.model.VariableAccess#getField <em>Field</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getVariableAccess()
 * @model
 * @generated
 */
public interface VariableAccess extends Term
{
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Named)
	 * @see org.ptl.model.PtlPackage#getVariableAccess_Target()
	 * @model
	 * @generated
	 */
	Named getTarget();

	/**
	 * Sets the value of the '{@link org.ptl.model.VariableAccess#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Named value);

	/**
	 * Returns the value of the '<em><b>Indices</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.IndexTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indices</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getVariableAccess_Indices()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndexTerm> getIndices();

	/**
	 * Returns the value of the '<em><b>Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' reference.
	 * @see #setField(Field)
	 * @see org.ptl.model.PtlPackage#getVariableAccess_Field()
	 * @model
	 * @generated
	 */
	Field getField();

	/**
	 * Sets the value of the '{@link org.ptl.model.VariableAccess#getField <em>Field</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' reference.
	 * @see #getField()
	 * @generated
	 */
	void setField(Field value);

} // VariableAccess
