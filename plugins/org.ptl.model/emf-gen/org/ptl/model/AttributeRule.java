/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attribute Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.AttributeRule#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.ptl.model.AttributeRule#getFlag <em>Flag</em>}</li>
 *   <li>{@link org.ptl.model.AttributeRule#getAssignments <em>Assignments</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getAttributeRule()
 * @model
 * @generated
 */
public interface AttributeRule extends EObject
{
	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.RuleCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see org.ptl.model.RuleCondition
	 * @see #setCondition(RuleCondition)
	 * @see org.ptl.model.PtlPackage#getAttributeRule_Condition()
	 * @model
	 * @generated
	 */
	RuleCondition getCondition();

	/**
	 * Sets the value of the '{@link org.ptl.model.AttributeRule#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see org.ptl.model.RuleCondition
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(RuleCondition value);

	/**
	 * Returns the value of the '<em><b>Flag</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flag</em>' reference.
	 * @see #setFlag(ProtFlag)
	 * @see org.ptl.model.PtlPackage#getAttributeRule_Flag()
	 * @model
	 * @generated
	 */
	ProtFlag getFlag();

	/**
	 * Sets the value of the '{@link org.ptl.model.AttributeRule#getFlag <em>Flag</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flag</em>' reference.
	 * @see #getFlag()
	 * @generated
	 */
	void setFlag(ProtFlag value);

	/**
	 * Returns the value of the '<em><b>Assignments</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.FieldAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignments</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getAttributeRule_Assignments()
	 * @model containment="true"
	 * @generated
	 */
	EList<FieldAssignment> getAssignments();

} // AttributeRule
