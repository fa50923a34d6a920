/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Descriptor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The layout of one kind of descriptor as named bit fields, optionally restricted to some levels.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Descriptor#getKind <em>Kind</em>}</li>
 *   <li>{@link org.ptl.model.Descriptor#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.ptl.model.Descriptor#getFields <em>Fields</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getDescriptor()
 * @model
 * @generated
 */
public interface Descriptor extends Named
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.DescriptorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.ptl.model.DescriptorKind
	 * @see #setKind(DescriptorKind)
	 * @see org.ptl.model.PtlPackage#getDescriptor_Kind()
	 * @model
	 * @generated
	 */
	DescriptorKind getKind();

	/**
	 * Sets the value of the '{@link org.ptl.model.Descriptor#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.ptl.model.DescriptorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DescriptorKind value);

	/**
	 * Returns the value of the '<em><b>Levels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Levels</em>' attribute list.
	 * @see org.ptl.model.PtlPackage#getDescriptor_Levels()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getLevels();

	/**
	 * Returns the value of the '<em><b>Fields</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Field}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fields</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getDescriptor_Fields()
	 * @model containment="true"
	 * @generated
	 */
	EList<Field> getFields();

} // Descriptor
