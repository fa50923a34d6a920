/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bit Slice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Bits high..low of a picture: what they hold, and when value is set, the value they must hold (which must fit).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.BitSlice#getHigh <em>High</em>}</li>
 *   <li>{@link org.ptl.model.BitSlice#getLow <em>Low</em>}</li>
 *   <li>{@link org.ptl.model.BitSlice#getKind <em>Kind</em>}</li>
 *   <li>{@link org.ptl.model.BitSlice#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getBitSlice()
 * @model
 * @generated
 */
public interface BitSlice extends Named
{
	/**
	 * Returns the value of the '<em><b>High</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High</em>' containment reference.
	 * @see #setHigh(Expression)
	 * @see org.ptl.model.PtlPackage#getBitSlice_High()
	 * @model containment="true"
	 * @generated
	 */
	Expression getHigh();

	/**
	 * Sets the value of the '{@link org.ptl.model.BitSlice#getHigh <em>High</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High</em>' containment reference.
	 * @see #getHigh()
	 * @generated
	 */
	void setHigh(Expression value);

	/**
	 * Returns the value of the '<em><b>Low</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Low</em>' containment reference.
	 * @see #setLow(Expression)
	 * @see org.ptl.model.PtlPackage#getBitSlice_Low()
	 * @model containment="true"
	 * @generated
	 */
	Expression getLow();

	/**
	 * Sets the value of the '{@link org.ptl.model.BitSlice#getLow <em>Low</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low</em>' containment reference.
	 * @see #getLow()
	 * @generated
	 */
	void setLow(Expression value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.SliceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.ptl.model.SliceKind
	 * @see #setKind(SliceKind)
	 * @see org.ptl.model.PtlPackage#getBitSlice_Kind()
	 * @model
	 * @generated
	 */
	SliceKind getKind();

	/**
	 * Sets the value of the '{@link org.ptl.model.BitSlice#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.ptl.model.SliceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SliceKind value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' containment reference.
	 * @see #setValue(Expression)
	 * @see org.ptl.model.PtlPackage#getBitSlice_Value()
	 * @model containment="true"
	 * @generated
	 */
	Expression getValue();

	/**
	 * Sets the value of the '{@link org.ptl.model.BitSlice#getValue <em>Value</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' containment reference.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Expression value);

} // BitSlice
