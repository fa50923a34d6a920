/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Field Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.FieldAssignment#getField <em>Field</em>}</li>
 *   <li>{@link org.ptl.model.FieldAssignment#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.ptl.model.FieldAssignment#getLiteral <em>Literal</em>}</li>
 *   <li>{@link org.ptl.model.FieldAssignment#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getFieldAssignment()
 * @model
 * @generated
 */
public interface FieldAssignment extends EObject
{
	/**
	 * Returns the value of the '<em><b>Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' reference.
	 * @see #setField(Field)
	 * @see org.ptl.model.PtlPackage#getFieldAssignment_Field()
	 * @model
	 * @generated
	 */
	Field getField();

	/**
	 * Sets the value of the '{@link org.ptl.model.FieldAssignment#getField <em>Field</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' reference.
	 * @see #getField()
	 * @generated
	 */
	void setField(Field value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.AssignOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see org.ptl.model.AssignOperator
	 * @see #setOperator(AssignOperator)
	 * @see org.ptl.model.PtlPackage#getFieldAssignment_Operator()
	 * @model
	 * @generated
	 */
	AssignOperator getOperator();

	/**
	 * Sets the value of the '{@link org.ptl.model.FieldAssignment#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see org.ptl.model.AssignOperator
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(AssignOperator value);

	/**
	 * Returns the value of the '<em><b>Literal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Literal</em>' reference.
	 * @see #setLiteral(EnumLiteral)
	 * @see org.ptl.model.PtlPackage#getFieldAssignment_Literal()
	 * @model
	 * @generated
	 */
	EnumLiteral getLiteral();

	/**
	 * Sets the value of the '{@link org.ptl.model.FieldAssignment#getLiteral <em>Literal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Literal</em>' reference.
	 * @see #getLiteral()
	 * @generated
	 */
	void setLiteral(EnumLiteral value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(long)
	 * @see org.ptl.model.PtlPackage#getFieldAssignment_Value()
	 * @model
	 * @generated
	 */
	long getValue();

	/**
	 * Sets the value of the '{@link org.ptl.model.FieldAssignment#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(long value);

} // FieldAssignment
