/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step of a scenario; target names the table it works on (a scenario table or a component) when there is more than one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Step#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getStep()
 * @model abstract="true"
 * @generated
 */
public interface Step extends EObject
{
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Named)
	 * @see org.ptl.model.PtlPackage#getStep_Target()
	 * @model
	 * @generated
	 */
	Named getTarget();

	/**
	 * Sets the value of the '{@link org.ptl.model.Step#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Named value);

} // Step
