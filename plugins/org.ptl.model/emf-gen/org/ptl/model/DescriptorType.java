/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Descriptor Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A descriptor of a format: its fields at their real bit positions; the explorer keeps the fields the protocol names.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.DescriptorType#getDescriptor <em>Descriptor</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getDescriptorType()
 * @model
 * @generated
 */
public interface DescriptorType extends VariableType
{
	/**
	 * Returns the value of the '<em><b>Descriptor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Descriptor</em>' reference.
	 * @see #setDescriptor(Descriptor)
	 * @see org.ptl.model.PtlPackage#getDescriptorType_Descriptor()
	 * @model
	 * @generated
	 */
	Descriptor getDescriptor();

	/**
	 * Sets the value of the '{@link org.ptl.model.DescriptorType#getDescriptor <em>Descriptor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Descriptor</em>' reference.
	 * @see #getDescriptor()
	 * @generated
	 */
	void setDescriptor(Descriptor value);

} // DescriptorType
