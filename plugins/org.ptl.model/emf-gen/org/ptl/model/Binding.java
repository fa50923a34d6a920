/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Binding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where an ownership model lives in a system: for each component its page table, the operations that change it, where its per-page state is kept and how, so that transitions can be simulated on real descriptors.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Binding#getModel <em>Model</em>}</li>
 *   <li>{@link org.ptl.model.Binding#getComponents <em>Components</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getBinding()
 * @model
 * @generated
 */
public interface Binding extends Element
{
	/**
	 * Returns the value of the '<em><b>Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' reference.
	 * @see #setModel(OwnershipModel)
	 * @see org.ptl.model.PtlPackage#getBinding_Model()
	 * @model
	 * @generated
	 */
	OwnershipModel getModel();

	/**
	 * Sets the value of the '{@link org.ptl.model.Binding#getModel <em>Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' reference.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(OwnershipModel value);

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.ComponentBinding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getBinding_Components()
	 * @model containment="true"
	 * @generated
	 */
	EList<ComponentBinding> getComponents();

} // Binding
