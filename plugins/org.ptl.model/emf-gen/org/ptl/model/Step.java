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
 * A step of a scenario; target names the table it works on (a scenario table, a component or a member of a family) when there is more than one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Step#getTarget <em>Target</em>}</li>
 *   <li>{@link org.ptl.model.Step#getTargetIndex <em>Target Index</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Target Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member of a component family whose table the step works on: guest[1].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Index</em>' attribute.
	 * @see #isSetTargetIndex()
	 * @see #unsetTargetIndex()
	 * @see #setTargetIndex(int)
	 * @see org.ptl.model.PtlPackage#getStep_TargetIndex()
	 * @model unsettable="true"
	 * @generated
	 */
	int getTargetIndex();

	/**
	 * Sets the value of the '{@link org.ptl.model.Step#getTargetIndex <em>Target Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Index</em>' attribute.
	 * @see #isSetTargetIndex()
	 * @see #unsetTargetIndex()
	 * @see #getTargetIndex()
	 * @generated
	 */
	void setTargetIndex(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.Step#getTargetIndex <em>Target Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTargetIndex()
	 * @see #getTargetIndex()
	 * @see #setTargetIndex(int)
	 * @generated
	 */
	void unsetTargetIndex();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.Step#getTargetIndex <em>Target Index</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Target Index</em>' attribute is set.
	 * @see #unsetTargetIndex()
	 * @see #getTargetIndex()
	 * @see #setTargetIndex(int)
	 * @generated
	 */
	boolean isSetTargetIndex();

} // Step
