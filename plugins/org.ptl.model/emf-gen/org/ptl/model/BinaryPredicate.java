/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Binary Predicate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.BinaryPredicate#getLeft <em>Left</em>}</li>
 *   <li>{@link org.ptl.model.BinaryPredicate#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.ptl.model.BinaryPredicate#getRight <em>Right</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getBinaryPredicate()
 * @model
 * @generated
 */
public interface BinaryPredicate extends Predicate
{
	/**
	 * Returns the value of the '<em><b>Left</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Left</em>' containment reference.
	 * @see #setLeft(Predicate)
	 * @see org.ptl.model.PtlPackage#getBinaryPredicate_Left()
	 * @model containment="true"
	 * @generated
	 */
	Predicate getLeft();

	/**
	 * Sets the value of the '{@link org.ptl.model.BinaryPredicate#getLeft <em>Left</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Left</em>' containment reference.
	 * @see #getLeft()
	 * @generated
	 */
	void setLeft(Predicate value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.LogicalOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see org.ptl.model.LogicalOperator
	 * @see #setOperator(LogicalOperator)
	 * @see org.ptl.model.PtlPackage#getBinaryPredicate_Operator()
	 * @model
	 * @generated
	 */
	LogicalOperator getOperator();

	/**
	 * Sets the value of the '{@link org.ptl.model.BinaryPredicate#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see org.ptl.model.LogicalOperator
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(LogicalOperator value);

	/**
	 * Returns the value of the '<em><b>Right</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Right</em>' containment reference.
	 * @see #setRight(Predicate)
	 * @see org.ptl.model.PtlPackage#getBinaryPredicate_Right()
	 * @model containment="true"
	 * @generated
	 */
	Predicate getRight();

	/**
	 * Sets the value of the '{@link org.ptl.model.BinaryPredicate#getRight <em>Right</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Right</em>' containment reference.
	 * @see #getRight()
	 * @generated
	 */
	void setRight(Predicate value);

} // BinaryPredicate
