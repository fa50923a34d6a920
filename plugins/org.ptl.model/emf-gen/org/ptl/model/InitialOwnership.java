/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Initial Ownership</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where a scenario starts instead of the model's initial states: a component holds pages first to last in a state, its store and table set up as that state requires (hyp owning its own pages at boot, say).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.InitialOwnership#getComponent <em>Component</em>}</li>
 *   <li>{@link org.ptl.model.InitialOwnership#getIndex <em>Index</em>}</li>
 *   <li>{@link org.ptl.model.InitialOwnership#getFirst <em>First</em>}</li>
 *   <li>{@link org.ptl.model.InitialOwnership#getLast <em>Last</em>}</li>
 *   <li>{@link org.ptl.model.InitialOwnership#getState <em>State</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getInitialOwnership()
 * @model
 * @generated
 */
public interface InitialOwnership extends EObject
{
	/**
	 * Returns the value of the '<em><b>Component</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Component</em>' reference.
	 * @see #setComponent(Component)
	 * @see org.ptl.model.PtlPackage#getInitialOwnership_Component()
	 * @model
	 * @generated
	 */
	Component getComponent();

	/**
	 * Sets the value of the '{@link org.ptl.model.InitialOwnership#getComponent <em>Component</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Component</em>' reference.
	 * @see #getComponent()
	 * @generated
	 */
	void setComponent(Component value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #isSetIndex()
	 * @see #unsetIndex()
	 * @see #setIndex(int)
	 * @see org.ptl.model.PtlPackage#getInitialOwnership_Index()
	 * @model unsettable="true"
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.ptl.model.InitialOwnership#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #isSetIndex()
	 * @see #unsetIndex()
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.InitialOwnership#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIndex()
	 * @see #getIndex()
	 * @see #setIndex(int)
	 * @generated
	 */
	void unsetIndex();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.InitialOwnership#getIndex <em>Index</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Index</em>' attribute is set.
	 * @see #unsetIndex()
	 * @see #getIndex()
	 * @see #setIndex(int)
	 * @generated
	 */
	boolean isSetIndex();

	/**
	 * Returns the value of the '<em><b>First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First</em>' attribute.
	 * @see #setFirst(int)
	 * @see org.ptl.model.PtlPackage#getInitialOwnership_First()
	 * @model
	 * @generated
	 */
	int getFirst();

	/**
	 * Sets the value of the '{@link org.ptl.model.InitialOwnership#getFirst <em>First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First</em>' attribute.
	 * @see #getFirst()
	 * @generated
	 */
	void setFirst(int value);

	/**
	 * Returns the value of the '<em><b>Last</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last</em>' attribute.
	 * @see #isSetLast()
	 * @see #unsetLast()
	 * @see #setLast(int)
	 * @see org.ptl.model.PtlPackage#getInitialOwnership_Last()
	 * @model unsettable="true"
	 * @generated
	 */
	int getLast();

	/**
	 * Sets the value of the '{@link org.ptl.model.InitialOwnership#getLast <em>Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last</em>' attribute.
	 * @see #isSetLast()
	 * @see #unsetLast()
	 * @see #getLast()
	 * @generated
	 */
	void setLast(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.InitialOwnership#getLast <em>Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLast()
	 * @see #getLast()
	 * @see #setLast(int)
	 * @generated
	 */
	void unsetLast();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.InitialOwnership#getLast <em>Last</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Last</em>' attribute is set.
	 * @see #unsetLast()
	 * @see #getLast()
	 * @see #setLast(int)
	 * @generated
	 */
	boolean isSetLast();

	/**
	 * Returns the value of the '<em><b>State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' reference.
	 * @see #setState(State)
	 * @see org.ptl.model.PtlPackage#getInitialOwnership_State()
	 * @model
	 * @generated
	 */
	State getState();

	/**
	 * Sets the value of the '{@link org.ptl.model.InitialOwnership#getState <em>State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' reference.
	 * @see #getState()
	 * @generated
	 */
	void setState(State value);

} // InitialOwnership
