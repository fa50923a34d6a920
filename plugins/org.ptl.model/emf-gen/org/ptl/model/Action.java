/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An atomic action of an actor, instantiated for every member of each parameter's family: guards and updates; or, where the real code is not atomic, a sequence of atomic steps with a program counter per instance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Action#getActor <em>Actor</em>}</li>
 *   <li>{@link org.ptl.model.Action#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.ptl.model.Action#getGuards <em>Guards</em>}</li>
 *   <li>{@link org.ptl.model.Action#getUpdates <em>Updates</em>}</li>
 *   <li>{@link org.ptl.model.Action#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getAction()
 * @model
 * @generated
 */
public interface Action extends Named
{
	/**
	 * Returns the value of the '<em><b>Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor</em>' reference.
	 * @see #setActor(Actor)
	 * @see org.ptl.model.PtlPackage#getAction_Actor()
	 * @model
	 * @generated
	 */
	Actor getActor();

	/**
	 * Sets the value of the '{@link org.ptl.model.Action#getActor <em>Actor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' reference.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(Actor value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.FamilyParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getAction_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<FamilyParameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Guards</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Guard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guards</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getAction_Guards()
	 * @model containment="true"
	 * @generated
	 */
	EList<Guard> getGuards();

	/**
	 * Returns the value of the '<em><b>Updates</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.ProtocolUpdate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Updates</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getAction_Updates()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtocolUpdate> getUpdates();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.ActionStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getAction_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActionStep> getSteps();

} // Action
