/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Field</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named bit field of a descriptor. Fields of one descriptor must not share bits unless one declares itself an overlay of the other (as LPA2's OA[51:50] overlays SH).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Field#getBits <em>Bits</em>}</li>
 *   <li>{@link org.ptl.model.Field#getKind <em>Kind</em>}</li>
 *   <li>{@link org.ptl.model.Field#getFixedValue <em>Fixed Value</em>}</li>
 *   <li>{@link org.ptl.model.Field#getLiterals <em>Literals</em>}</li>
 *   <li>{@link org.ptl.model.Field#getAddressBits <em>Address Bits</em>}</li>
 *   <li>{@link org.ptl.model.Field#getOverlays <em>Overlays</em>}</li>
 *   <li>{@link org.ptl.model.Field#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getField()
 * @model
 * @generated
 */
public interface Field extends Named
{
	/**
	 * Returns the value of the '<em><b>Bits</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bits</em>' containment reference.
	 * @see #setBits(BitRange)
	 * @see org.ptl.model.PtlPackage#getField_Bits()
	 * @model containment="true"
	 * @generated
	 */
	BitRange getBits();

	/**
	 * Sets the value of the '{@link org.ptl.model.Field#getBits <em>Bits</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bits</em>' containment reference.
	 * @see #getBits()
	 * @generated
	 */
	void setBits(BitRange value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.FieldKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.ptl.model.FieldKind
	 * @see #setKind(FieldKind)
	 * @see org.ptl.model.PtlPackage#getField_Kind()
	 * @model
	 * @generated
	 */
	FieldKind getKind();

	/**
	 * Sets the value of the '{@link org.ptl.model.Field#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.ptl.model.FieldKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FieldKind value);

	/**
	 * Returns the value of the '<em><b>Fixed Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixed Value</em>' attribute.
	 * @see #setFixedValue(long)
	 * @see org.ptl.model.PtlPackage#getField_FixedValue()
	 * @model
	 * @generated
	 */
	long getFixedValue();

	/**
	 * Sets the value of the '{@link org.ptl.model.Field#getFixedValue <em>Fixed Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed Value</em>' attribute.
	 * @see #getFixedValue()
	 * @generated
	 */
	void setFixedValue(long value);

	/**
	 * Returns the value of the '<em><b>Literals</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.EnumLiteral}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Literals</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getField_Literals()
	 * @model containment="true"
	 * @generated
	 */
	EList<EnumLiteral> getLiterals();

	/**
	 * Returns the value of the '<em><b>Address Bits</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an address field: which output-address bits it holds, when they are not the bits at its own position (64K granule OA[51:48] in bits 15:12).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address Bits</em>' containment reference.
	 * @see #setAddressBits(BitRange)
	 * @see org.ptl.model.PtlPackage#getField_AddressBits()
	 * @model containment="true"
	 * @generated
	 */
	BitRange getAddressBits();

	/**
	 * Sets the value of the '{@link org.ptl.model.Field#getAddressBits <em>Address Bits</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address Bits</em>' containment reference.
	 * @see #getAddressBits()
	 * @generated
	 */
	void setAddressBits(BitRange value);

	/**
	 * Returns the value of the '<em><b>Overlays</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.Field}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overlays</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getField_Overlays()
	 * @model
	 * @generated
	 */
	EList<Field> getOverlays();

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.FieldRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The part the field plays when deciding whether replacing one valid descriptor by another needs break-before-make (DOMAIN.md 9.1): the access flag, or a permission field whose change alone never needs it. Output address and software bits are told by the field's kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.ptl.model.FieldRole
	 * @see #setRole(FieldRole)
	 * @see org.ptl.model.PtlPackage#getField_Role()
	 * @model
	 * @generated
	 */
	FieldRole getRole();

	/**
	 * Sets the value of the '{@link org.ptl.model.Field#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.ptl.model.FieldRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(FieldRole value);

} // Field
