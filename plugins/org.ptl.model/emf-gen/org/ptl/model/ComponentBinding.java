/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component Binding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A component in a binding: its table (format, operations, input address = physical address + offset), its state store (the software bits an encoding names, or a side table), its owner id, the state an empty entry means, whether it annotates pages it hands away, and the protections its mappings get.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ComponentBinding#getComponent <em>Component</em>}</li>
 *   <li>{@link org.ptl.model.ComponentBinding#getFormat <em>Format</em>}</li>
 *   <li>{@link org.ptl.model.ComponentBinding#getOperations <em>Operations</em>}</li>
 *   <li>{@link org.ptl.model.ComponentBinding#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.ptl.model.ComponentBinding#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link org.ptl.model.ComponentBinding#isSideTable <em>Side Table</em>}</li>
 *   <li>{@link org.ptl.model.ComponentBinding#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link org.ptl.model.ComponentBinding#getEmptyState <em>Empty State</em>}</li>
 *   <li>{@link org.ptl.model.ComponentBinding#isAnnotates <em>Annotates</em>}</li>
 *   <li>{@link org.ptl.model.ComponentBinding#getUnmappedStates <em>Unmapped States</em>}</li>
 *   <li>{@link org.ptl.model.ComponentBinding#isLazy <em>Lazy</em>}</li>
 *   <li>{@link org.ptl.model.ComponentBinding#getProt <em>Prot</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getComponentBinding()
 * @model
 * @generated
 */
public interface ComponentBinding extends EObject
{
	/**
	 * Returns the value of the '<em><b>Component</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Component</em>' reference.
	 * @see #setComponent(Component)
	 * @see org.ptl.model.PtlPackage#getComponentBinding_Component()
	 * @model
	 * @generated
	 */
	Component getComponent();

	/**
	 * Sets the value of the '{@link org.ptl.model.ComponentBinding#getComponent <em>Component</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Component</em>' reference.
	 * @see #getComponent()
	 * @generated
	 */
	void setComponent(Component value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' reference.
	 * @see #setFormat(Format)
	 * @see org.ptl.model.PtlPackage#getComponentBinding_Format()
	 * @model
	 * @generated
	 */
	Format getFormat();

	/**
	 * Sets the value of the '{@link org.ptl.model.ComponentBinding#getFormat <em>Format</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' reference.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(Format value);

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operations</em>' reference.
	 * @see #setOperations(Operations)
	 * @see org.ptl.model.PtlPackage#getComponentBinding_Operations()
	 * @model
	 * @generated
	 */
	Operations getOperations();

	/**
	 * Sets the value of the '{@link org.ptl.model.ComponentBinding#getOperations <em>Operations</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operations</em>' reference.
	 * @see #getOperations()
	 * @generated
	 */
	void setOperations(Operations value);

	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(long)
	 * @see org.ptl.model.PtlPackage#getComponentBinding_Offset()
	 * @model
	 * @generated
	 */
	long getOffset();

	/**
	 * Sets the value of the '{@link org.ptl.model.ComponentBinding#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(long value);

	/**
	 * Returns the value of the '<em><b>Encoding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encoding</em>' reference.
	 * @see #setEncoding(Encoding)
	 * @see org.ptl.model.PtlPackage#getComponentBinding_Encoding()
	 * @model
	 * @generated
	 */
	Encoding getEncoding();

	/**
	 * Sets the value of the '{@link org.ptl.model.ComponentBinding#getEncoding <em>Encoding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encoding</em>' reference.
	 * @see #getEncoding()
	 * @generated
	 */
	void setEncoding(Encoding value);

	/**
	 * Returns the value of the '<em><b>Side Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Side Table</em>' attribute.
	 * @see #setSideTable(boolean)
	 * @see org.ptl.model.PtlPackage#getComponentBinding_SideTable()
	 * @model
	 * @generated
	 */
	boolean isSideTable();

	/**
	 * Sets the value of the '{@link org.ptl.model.ComponentBinding#isSideTable <em>Side Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Side Table</em>' attribute.
	 * @see #isSideTable()
	 * @generated
	 */
	void setSideTable(boolean value);

	/**
	 * Returns the value of the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner Id</em>' attribute.
	 * @see #isSetOwnerId()
	 * @see #unsetOwnerId()
	 * @see #setOwnerId(int)
	 * @see org.ptl.model.PtlPackage#getComponentBinding_OwnerId()
	 * @model unsettable="true"
	 * @generated
	 */
	int getOwnerId();

	/**
	 * Sets the value of the '{@link org.ptl.model.ComponentBinding#getOwnerId <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Id</em>' attribute.
	 * @see #isSetOwnerId()
	 * @see #unsetOwnerId()
	 * @see #getOwnerId()
	 * @generated
	 */
	void setOwnerId(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.ComponentBinding#getOwnerId <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOwnerId()
	 * @see #getOwnerId()
	 * @see #setOwnerId(int)
	 * @generated
	 */
	void unsetOwnerId();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.ComponentBinding#getOwnerId <em>Owner Id</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Owner Id</em>' attribute is set.
	 * @see #unsetOwnerId()
	 * @see #getOwnerId()
	 * @see #setOwnerId(int)
	 * @generated
	 */
	boolean isSetOwnerId();

	/**
	 * Returns the value of the '<em><b>Empty State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Empty State</em>' reference.
	 * @see #setEmptyState(State)
	 * @see org.ptl.model.PtlPackage#getComponentBinding_EmptyState()
	 * @model
	 * @generated
	 */
	State getEmptyState();

	/**
	 * Sets the value of the '{@link org.ptl.model.ComponentBinding#getEmptyState <em>Empty State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Empty State</em>' reference.
	 * @see #getEmptyState()
	 * @generated
	 */
	void setEmptyState(State value);

	/**
	 * Returns the value of the '<em><b>Annotates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotates</em>' attribute.
	 * @see #setAnnotates(boolean)
	 * @see org.ptl.model.PtlPackage#getComponentBinding_Annotates()
	 * @model
	 * @generated
	 */
	boolean isAnnotates();

	/**
	 * Sets the value of the '{@link org.ptl.model.ComponentBinding#isAnnotates <em>Annotates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotates</em>' attribute.
	 * @see #isAnnotates()
	 * @generated
	 */
	void setAnnotates(boolean value);

	/**
	 * Returns the value of the '<em><b>Unmapped States</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.State}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unmapped States</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getComponentBinding_UnmappedStates()
	 * @model
	 * @generated
	 */
	EList<State> getUnmappedStates();

	/**
	 * Returns the value of the '<em><b>Lazy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lazy</em>' attribute.
	 * @see #setLazy(boolean)
	 * @see org.ptl.model.PtlPackage#getComponentBinding_Lazy()
	 * @model
	 * @generated
	 */
	boolean isLazy();

	/**
	 * Sets the value of the '{@link org.ptl.model.ComponentBinding#isLazy <em>Lazy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lazy</em>' attribute.
	 * @see #isLazy()
	 * @generated
	 */
	void setLazy(boolean value);

	/**
	 * Returns the value of the '<em><b>Prot</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.ProtFlag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prot</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getComponentBinding_Prot()
	 * @model
	 * @generated
	 */
	EList<ProtFlag> getProt();

} // ComponentBinding
