/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol Expectation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What must be true after the steps so far: a predicate over the state, every invariant, or an action instance that must not be enabled.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ProtocolExpectation#getPredicate <em>Predicate</em>}</li>
 *   <li>{@link org.ptl.model.ProtocolExpectation#isInvariantsHold <em>Invariants Hold</em>}</li>
 *   <li>{@link org.ptl.model.ProtocolExpectation#getDisabled <em>Disabled</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getProtocolExpectation()
 * @model
 * @generated
 */
public interface ProtocolExpectation extends ProtocolStep
{
	/**
	 * Returns the value of the '<em><b>Predicate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Predicate</em>' containment reference.
	 * @see #setPredicate(Predicate)
	 * @see org.ptl.model.PtlPackage#getProtocolExpectation_Predicate()
	 * @model containment="true"
	 * @generated
	 */
	Predicate getPredicate();

	/**
	 * Sets the value of the '{@link org.ptl.model.ProtocolExpectation#getPredicate <em>Predicate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predicate</em>' containment reference.
	 * @see #getPredicate()
	 * @generated
	 */
	void setPredicate(Predicate value);

	/**
	 * Returns the value of the '<em><b>Invariants Hold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Invariants Hold</em>' attribute.
	 * @see #setInvariantsHold(boolean)
	 * @see org.ptl.model.PtlPackage#getProtocolExpectation_InvariantsHold()
	 * @model
	 * @generated
	 */
	boolean isInvariantsHold();

	/**
	 * Sets the value of the '{@link org.ptl.model.ProtocolExpectation#isInvariantsHold <em>Invariants Hold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Invariants Hold</em>' attribute.
	 * @see #isInvariantsHold()
	 * @generated
	 */
	void setInvariantsHold(boolean value);

	/**
	 * Returns the value of the '<em><b>Disabled</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disabled</em>' containment reference.
	 * @see #setDisabled(ActionCall)
	 * @see org.ptl.model.PtlPackage#getProtocolExpectation_Disabled()
	 * @model containment="true"
	 * @generated
	 */
	ActionCall getDisabled();

	/**
	 * Sets the value of the '{@link org.ptl.model.ProtocolExpectation#getDisabled <em>Disabled</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disabled</em>' containment reference.
	 * @see #getDisabled()
	 * @generated
	 */
	void setDisabled(ActionCall value);

} // ProtocolExpectation
