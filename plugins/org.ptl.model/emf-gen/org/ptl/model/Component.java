/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A party holding a state for every page (host, hyp), or an indexed family of them (guest[*]).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Component#isFamily <em>Family</em>}</li>
 *   <li>{@link org.ptl.model.Component#getInitialState <em>Initial State</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getComponent()
 * @model
 * @generated
 */
public interface Component extends Named
{
	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see #setFamily(boolean)
	 * @see org.ptl.model.PtlPackage#getComponent_Family()
	 * @model
	 * @generated
	 */
	boolean isFamily();

	/**
	 * Sets the value of the '{@link org.ptl.model.Component#isFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see #isFamily()
	 * @generated
	 */
	void setFamily(boolean value);

	/**
	 * Returns the value of the '<em><b>Initial State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initial State</em>' reference.
	 * @see #setInitialState(State)
	 * @see org.ptl.model.PtlPackage#getComponent_InitialState()
	 * @model
	 * @generated
	 */
	State getInitialState();

	/**
	 * Sets the value of the '{@link org.ptl.model.Component#getInitialState <em>Initial State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial State</em>' reference.
	 * @see #getInitialState()
	 * @generated
	 */
	void setInitialState(State value);

} // Component
