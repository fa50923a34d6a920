/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Sets, increments or decrements a variable or a field of one, when the condition (if any) holds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Assignment#getTarget <em>Target</em>}</li>
 *   <li>{@link org.ptl.model.Assignment#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.ptl.model.Assignment#getValue <em>Value</em>}</li>
 *   <li>{@link org.ptl.model.Assignment#getCondition <em>Condition</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getAssignment()
 * @model
 * @generated
 */
public interface Assignment extends ProtocolUpdate
{
	/**
	 * Returns the value of the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' containment reference.
	 * @see #setTarget(VariableAccess)
	 * @see org.ptl.model.PtlPackage#getAssignment_Target()
	 * @model containment="true"
	 * @generated
	 */
	VariableAccess getTarget();

	/**
	 * Sets the value of the '{@link org.ptl.model.Assignment#getTarget <em>Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' containment reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(VariableAccess value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.UpdateOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see org.ptl.model.UpdateOperator
	 * @see #setOperator(UpdateOperator)
	 * @see org.ptl.model.PtlPackage#getAssignment_Operator()
	 * @model
	 * @generated
	 */
	UpdateOperator getOperator();

	/**
	 * Sets the value of the '{@link org.ptl.model.Assignment#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see org.ptl.model.UpdateOperator
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(UpdateOperator value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' containment reference.
	 * @see #setValue(Predicate)
	 * @see org.ptl.model.PtlPackage#getAssignment_Value()
	 * @model containment="true"
	 * @generated
	 */
	Predicate getValue();

	/**
	 * Sets the value of the '{@link org.ptl.model.Assignment#getValue <em>Value</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' containment reference.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Predicate value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' containment reference.
	 * @see #setCondition(Predicate)
	 * @see org.ptl.model.PtlPackage#getAssignment_Condition()
	 * @model containment="true"
	 * @generated
	 */
	Predicate getCondition();

	/**
	 * Sets the value of the '{@link org.ptl.model.Assignment#getCondition <em>Condition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' containment reference.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(Predicate value);

} // Assignment
