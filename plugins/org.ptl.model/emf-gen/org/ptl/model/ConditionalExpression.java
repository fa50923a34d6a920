/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conditional Expression</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * condition ? whenTrue : whenFalse.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ConditionalExpression#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.ptl.model.ConditionalExpression#getWhenTrue <em>When True</em>}</li>
 *   <li>{@link org.ptl.model.ConditionalExpression#getWhenFalse <em>When False</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getConditionalExpression()
 * @model
 * @generated
 */
public interface ConditionalExpression extends Expression
{
	/**
	 * Returns the value of the '<em><b>Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' containment reference.
	 * @see #setCondition(Expression)
	 * @see org.ptl.model.PtlPackage#getConditionalExpression_Condition()
	 * @model containment="true"
	 * @generated
	 */
	Expression getCondition();

	/**
	 * Sets the value of the '{@link org.ptl.model.ConditionalExpression#getCondition <em>Condition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' containment reference.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(Expression value);

	/**
	 * Returns the value of the '<em><b>When True</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>When True</em>' containment reference.
	 * @see #setWhenTrue(Expression)
	 * @see org.ptl.model.PtlPackage#getConditionalExpression_WhenTrue()
	 * @model containment="true"
	 * @generated
	 */
	Expression getWhenTrue();

	/**
	 * Sets the value of the '{@link org.ptl.model.ConditionalExpression#getWhenTrue <em>When True</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When True</em>' containment reference.
	 * @see #getWhenTrue()
	 * @generated
	 */
	void setWhenTrue(Expression value);

	/**
	 * Returns the value of the '<em><b>When False</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>When False</em>' containment reference.
	 * @see #setWhenFalse(Expression)
	 * @see org.ptl.model.PtlPackage#getConditionalExpression_WhenFalse()
	 * @model containment="true"
	 * @generated
	 */
	Expression getWhenFalse();

	/**
	 * Sets the value of the '{@link org.ptl.model.ConditionalExpression#getWhenFalse <em>When False</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When False</em>' containment reference.
	 * @see #getWhenFalse()
	 * @generated
	 */
	void setWhenFalse(Expression value);

} // ConditionalExpression
