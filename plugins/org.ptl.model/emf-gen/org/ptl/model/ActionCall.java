/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Call</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Takes one atomic step of an action instance: the action's arguments as member numbers, in parameter order; for a multi-step action, the step its program counter is at (named, optionally, to check it).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ActionCall#getAction <em>Action</em>}</li>
 *   <li>{@link org.ptl.model.ActionCall#getStep <em>Step</em>}</li>
 *   <li>{@link org.ptl.model.ActionCall#getArguments <em>Arguments</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getActionCall()
 * @model
 * @generated
 */
public interface ActionCall extends ProtocolStep
{
	/**
	 * Returns the value of the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' reference.
	 * @see #setAction(Action)
	 * @see org.ptl.model.PtlPackage#getActionCall_Action()
	 * @model
	 * @generated
	 */
	Action getAction();

	/**
	 * Sets the value of the '{@link org.ptl.model.ActionCall#getAction <em>Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' reference.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(Action value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' reference.
	 * @see #setStep(ActionStep)
	 * @see org.ptl.model.PtlPackage#getActionCall_Step()
	 * @model
	 * @generated
	 */
	ActionStep getStep();

	/**
	 * Sets the value of the '{@link org.ptl.model.ActionCall#getStep <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' reference.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(ActionStep value);

	/**
	 * Returns the value of the '<em><b>Arguments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arguments</em>' attribute list.
	 * @see org.ptl.model.PtlPackage#getActionCall_Arguments()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getArguments();

} // ActionCall
