/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ownership Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A page-ownership protocol: semantic states, the components that hold a state per page, transitions between components, and invariants over all components' states of one page.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.OwnershipModel#getStates <em>States</em>}</li>
 *   <li>{@link org.ptl.model.OwnershipModel#getInitialState <em>Initial State</em>}</li>
 *   <li>{@link org.ptl.model.OwnershipModel#getComponents <em>Components</em>}</li>
 *   <li>{@link org.ptl.model.OwnershipModel#getCounters <em>Counters</em>}</li>
 *   <li>{@link org.ptl.model.OwnershipModel#getTransitions <em>Transitions</em>}</li>
 *   <li>{@link org.ptl.model.OwnershipModel#getInvariants <em>Invariants</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getOwnershipModel()
 * @model
 * @generated
 */
public interface OwnershipModel extends Element
{
	/**
	 * Returns the value of the '<em><b>States</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.State}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>States</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getOwnershipModel_States()
	 * @model containment="true"
	 * @generated
	 */
	EList<State> getStates();

	/**
	 * Returns the value of the '<em><b>Initial State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initial State</em>' reference.
	 * @see #setInitialState(State)
	 * @see org.ptl.model.PtlPackage#getOwnershipModel_InitialState()
	 * @model
	 * @generated
	 */
	State getInitialState();

	/**
	 * Sets the value of the '{@link org.ptl.model.OwnershipModel#getInitialState <em>Initial State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial State</em>' reference.
	 * @see #getInitialState()
	 * @generated
	 */
	void setInitialState(State value);

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getOwnershipModel_Components()
	 * @model containment="true"
	 * @generated
	 */
	EList<Component> getComponents();

	/**
	 * Returns the value of the '<em><b>Counters</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Counter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counters</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getOwnershipModel_Counters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Counter> getCounters();

	/**
	 * Returns the value of the '<em><b>Transitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Transition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transitions</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getOwnershipModel_Transitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Transition> getTransitions();

	/**
	 * Returns the value of the '<em><b>Invariants</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Invariant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Invariants</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getOwnershipModel_Invariants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Invariant> getInvariants();

} // OwnershipModel
