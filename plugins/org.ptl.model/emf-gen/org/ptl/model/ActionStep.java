/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One atomic step of a multi-step action: enabled when the action's program counter is at it and its guards hold.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ActionStep#getGuards <em>Guards</em>}</li>
 *   <li>{@link org.ptl.model.ActionStep#getUpdates <em>Updates</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getActionStep()
 * @model
 * @generated
 */
public interface ActionStep extends Named
{
	/**
	 * Returns the value of the '<em><b>Guards</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Guard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guards</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getActionStep_Guards()
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
	 * @see org.ptl.model.PtlPackage#getActionStep_Updates()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtocolUpdate> getUpdates();

} // ActionStep
