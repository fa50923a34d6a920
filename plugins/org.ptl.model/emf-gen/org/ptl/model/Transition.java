/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An ownership transition of one page: the initiator's state change and, when another component takes part, the completer's.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Transition#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link org.ptl.model.Transition#getCompleter <em>Completer</em>}</li>
 *   <li>{@link org.ptl.model.Transition#getGuards <em>Guards</em>}</li>
 *   <li>{@link org.ptl.model.Transition#getUpdates <em>Updates</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getTransition()
 * @model
 * @generated
 */
public interface Transition extends Named
{
	/**
	 * Returns the value of the '<em><b>Initiator</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiator</em>' containment reference.
	 * @see #setInitiator(TransitionSide)
	 * @see org.ptl.model.PtlPackage#getTransition_Initiator()
	 * @model containment="true"
	 * @generated
	 */
	TransitionSide getInitiator();

	/**
	 * Sets the value of the '{@link org.ptl.model.Transition#getInitiator <em>Initiator</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiator</em>' containment reference.
	 * @see #getInitiator()
	 * @generated
	 */
	void setInitiator(TransitionSide value);

	/**
	 * Returns the value of the '<em><b>Completer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completer</em>' containment reference.
	 * @see #setCompleter(TransitionSide)
	 * @see org.ptl.model.PtlPackage#getTransition_Completer()
	 * @model containment="true"
	 * @generated
	 */
	TransitionSide getCompleter();

	/**
	 * Sets the value of the '{@link org.ptl.model.Transition#getCompleter <em>Completer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completer</em>' containment reference.
	 * @see #getCompleter()
	 * @generated
	 */
	void setCompleter(TransitionSide value);

	/**
	 * Returns the value of the '<em><b>Guards</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Guard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guards</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getTransition_Guards()
	 * @model containment="true"
	 * @generated
	 */
	EList<Guard> getGuards();

	/**
	 * Returns the value of the '<em><b>Updates</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.CounterUpdate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Updates</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getTransition_Updates()
	 * @model containment="true"
	 * @generated
	 */
	EList<CounterUpdate> getUpdates();

} // Transition
