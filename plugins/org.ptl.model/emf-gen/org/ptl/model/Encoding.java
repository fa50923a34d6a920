/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Encoding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one version or implementation encodes an ownership model's states in the bits of a software-bit claim (the indirection Marc Zyngier asked for in 2021).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Encoding#getModel <em>Model</em>}</li>
 *   <li>{@link org.ptl.model.Encoding#getClaim <em>Claim</em>}</li>
 *   <li>{@link org.ptl.model.Encoding#getWidth <em>Width</em>}</li>
 *   <li>{@link org.ptl.model.Encoding#getEntries <em>Entries</em>}</li>
 *   <li>{@link org.ptl.model.Encoding#getReserved <em>Reserved</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getEncoding()
 * @model
 * @generated
 */
public interface Encoding extends Element
{
	/**
	 * Returns the value of the '<em><b>Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' reference.
	 * @see #setModel(OwnershipModel)
	 * @see org.ptl.model.PtlPackage#getEncoding_Model()
	 * @model
	 * @generated
	 */
	OwnershipModel getModel();

	/**
	 * Sets the value of the '{@link org.ptl.model.Encoding#getModel <em>Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' reference.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(OwnershipModel value);

	/**
	 * Returns the value of the '<em><b>Claim</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Claim</em>' reference.
	 * @see #setClaim(Claim)
	 * @see org.ptl.model.PtlPackage#getEncoding_Claim()
	 * @model
	 * @generated
	 */
	Claim getClaim();

	/**
	 * Sets the value of the '{@link org.ptl.model.Encoding#getClaim <em>Claim</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claim</em>' reference.
	 * @see #getClaim()
	 * @generated
	 */
	void setClaim(Claim value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an encoding kept outside page tables (a side table such as pKVM's hyp_vmemmap): its width in bits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #isSetWidth()
	 * @see #unsetWidth()
	 * @see #setWidth(int)
	 * @see org.ptl.model.PtlPackage#getEncoding_Width()
	 * @model unsettable="true"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.ptl.model.Encoding#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #isSetWidth()
	 * @see #unsetWidth()
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.Encoding#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetWidth()
	 * @see #getWidth()
	 * @see #setWidth(int)
	 * @generated
	 */
	void unsetWidth();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.Encoding#getWidth <em>Width</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Width</em>' attribute is set.
	 * @see #unsetWidth()
	 * @see #getWidth()
	 * @see #setWidth(int)
	 * @generated
	 */
	boolean isSetWidth();

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.StateEncoding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getEncoding_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<StateEncoding> getEntries();

	/**
	 * Returns the value of the '<em><b>Reserved</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.ReservedEncoding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reserved</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getEncoding_Reserved()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReservedEncoding> getReserved();

} // Encoding
