/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transition Side</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One role of a transition: which components may play it (any when empty) and their state before and after.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.TransitionSide#getComponents <em>Components</em>}</li>
 *   <li>{@link org.ptl.model.TransitionSide#getFrom <em>From</em>}</li>
 *   <li>{@link org.ptl.model.TransitionSide#getTo <em>To</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getTransitionSide()
 * @model
 * @generated
 */
public interface TransitionSide extends EObject
{
	/**
	 * Returns the value of the '<em><b>Components</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getTransitionSide_Components()
	 * @model
	 * @generated
	 */
	EList<Component> getComponents();

	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(State)
	 * @see org.ptl.model.PtlPackage#getTransitionSide_From()
	 * @model
	 * @generated
	 */
	State getFrom();

	/**
	 * Sets the value of the '{@link org.ptl.model.TransitionSide#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(State value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(State)
	 * @see org.ptl.model.PtlPackage#getTransitionSide_To()
	 * @model
	 * @generated
	 */
	State getTo();

	/**
	 * Sets the value of the '{@link org.ptl.model.TransitionSide#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(State value);

} // TransitionSide
