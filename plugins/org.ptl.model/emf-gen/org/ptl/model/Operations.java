/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operations</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a page-table library turns abstract protections (kvm_pgtable_prot) into descriptor fields for each operation, which fields each operation may change, and the invalid-entry fields it uses for break-before-make and owner annotations.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Operations#getFormat <em>Format</em>}</li>
 *   <li>{@link org.ptl.model.Operations#getLibrary <em>Library</em>}</li>
 *   <li>{@link org.ptl.model.Operations#getProtFlags <em>Prot Flags</em>}</li>
 *   <li>{@link org.ptl.model.Operations#getPermissionFields <em>Permission Fields</em>}</li>
 *   <li>{@link org.ptl.model.Operations#getLockField <em>Lock Field</em>}</li>
 *   <li>{@link org.ptl.model.Operations#getOwnerField <em>Owner Field</em>}</li>
 *   <li>{@link org.ptl.model.Operations#getMaxOwner <em>Max Owner</em>}</li>
 *   <li>{@link org.ptl.model.Operations#getOutputAddress <em>Output Address</em>}</li>
 *   <li>{@link org.ptl.model.Operations#getBugs <em>Bugs</em>}</li>
 *   <li>{@link org.ptl.model.Operations#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getOperations()
 * @model
 * @generated
 */
public interface Operations extends Element
{
	/**
	 * Returns the value of the '<em><b>Format</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' reference.
	 * @see #setFormat(Format)
	 * @see org.ptl.model.PtlPackage#getOperations_Format()
	 * @model
	 * @generated
	 */
	Format getFormat();

	/**
	 * Sets the value of the '{@link org.ptl.model.Operations#getFormat <em>Format</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' reference.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(Format value);

	/**
	 * Returns the value of the '<em><b>Library</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.LibraryKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which of KVM's page-table libraries the operations belong to: stage 2 (kvm_pgtable_stage2_*, the default) or the EL2 stage 1 (kvm_pgtable_hyp_*), which maps without break-before-make and unmaps by counting bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Library</em>' attribute.
	 * @see org.ptl.model.LibraryKind
	 * @see #setLibrary(LibraryKind)
	 * @see org.ptl.model.PtlPackage#getOperations_Library()
	 * @model
	 * @generated
	 */
	LibraryKind getLibrary();

	/**
	 * Sets the value of the '{@link org.ptl.model.Operations#getLibrary <em>Library</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Library</em>' attribute.
	 * @see org.ptl.model.LibraryKind
	 * @see #getLibrary()
	 * @generated
	 */
	void setLibrary(LibraryKind value);

	/**
	 * Returns the value of the '<em><b>Prot Flags</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.ProtFlag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prot Flags</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getOperations_ProtFlags()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtFlag> getProtFlags();

	/**
	 * Returns the value of the '<em><b>Permission Fields</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.Field}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Permission Fields</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getOperations_PermissionFields()
	 * @model
	 * @generated
	 */
	EList<Field> getPermissionFields();

	/**
	 * Returns the value of the '<em><b>Lock Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lock Field</em>' reference.
	 * @see #setLockField(Field)
	 * @see org.ptl.model.PtlPackage#getOperations_LockField()
	 * @model
	 * @generated
	 */
	Field getLockField();

	/**
	 * Sets the value of the '{@link org.ptl.model.Operations#getLockField <em>Lock Field</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lock Field</em>' reference.
	 * @see #getLockField()
	 * @generated
	 */
	void setLockField(Field value);

	/**
	 * Returns the value of the '<em><b>Owner Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner Field</em>' reference.
	 * @see #setOwnerField(Field)
	 * @see org.ptl.model.PtlPackage#getOperations_OwnerField()
	 * @model
	 * @generated
	 */
	Field getOwnerField();

	/**
	 * Sets the value of the '{@link org.ptl.model.Operations#getOwnerField <em>Owner Field</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Field</em>' reference.
	 * @see #getOwnerField()
	 * @generated
	 */
	void setOwnerField(Field value);

	/**
	 * Returns the value of the '<em><b>Max Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Owner</em>' attribute.
	 * @see #isSetMaxOwner()
	 * @see #unsetMaxOwner()
	 * @see #setMaxOwner(int)
	 * @see org.ptl.model.PtlPackage#getOperations_MaxOwner()
	 * @model unsettable="true"
	 * @generated
	 */
	int getMaxOwner();

	/**
	 * Sets the value of the '{@link org.ptl.model.Operations#getMaxOwner <em>Max Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Owner</em>' attribute.
	 * @see #isSetMaxOwner()
	 * @see #unsetMaxOwner()
	 * @see #getMaxOwner()
	 * @generated
	 */
	void setMaxOwner(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.Operations#getMaxOwner <em>Max Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMaxOwner()
	 * @see #getMaxOwner()
	 * @see #setMaxOwner(int)
	 * @generated
	 */
	void unsetMaxOwner();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.Operations#getMaxOwner <em>Max Owner</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Max Owner</em>' attribute is set.
	 * @see #unsetMaxOwner()
	 * @see #getMaxOwner()
	 * @see #setMaxOwner(int)
	 * @generated
	 */
	boolean isSetMaxOwner();

	/**
	 * Returns the value of the '<em><b>Output Address</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.OutputAddressRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the map walker computes the output address of the entry it visits: from the input address (phys + (addr - start), Linux 6.4 and later, the default) or from a cursor advanced after each leaf it installs (before 6.4, the rule that let commit 1f0f4a2ef7a5's race map a wrong address).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output Address</em>' attribute.
	 * @see org.ptl.model.OutputAddressRule
	 * @see #setOutputAddress(OutputAddressRule)
	 * @see org.ptl.model.PtlPackage#getOperations_OutputAddress()
	 * @model
	 * @generated
	 */
	OutputAddressRule getOutputAddress();

	/**
	 * Sets the value of the '{@link org.ptl.model.Operations#getOutputAddress <em>Output Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Address</em>' attribute.
	 * @see org.ptl.model.OutputAddressRule
	 * @see #getOutputAddress()
	 * @generated
	 */
	void setOutputAddress(OutputAddressRule value);

	/**
	 * Returns the value of the '<em><b>Bugs</b></em>' attribute list.
	 * The list contents are of type {@link org.ptl.model.SeededBug}.
	 * The literals are from the enumeration {@link org.ptl.model.SeededBug}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bugs seeded on purpose into the library's break-before-make, to test that the checker catches each (DOMAIN.md 9.2's catalogue).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bugs</em>' attribute list.
	 * @see org.ptl.model.SeededBug
	 * @see org.ptl.model.PtlPackage#getOperations_Bugs()
	 * @model unique="false"
	 * @generated
	 */
	EList<SeededBug> getBugs();

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Operation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operations</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getOperations_Operations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Operation> getOperations();

} // Operations
