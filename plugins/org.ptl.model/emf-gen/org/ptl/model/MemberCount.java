/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Member Count</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How many instances of the components (every member of a family) are in one of the states, compared with a number or a counter: 'number of guest in { SHARED_BORROWED } == share_count'.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.MemberCount#getComponents <em>Components</em>}</li>
 *   <li>{@link org.ptl.model.MemberCount#getStates <em>States</em>}</li>
 *   <li>{@link org.ptl.model.MemberCount#getComparison <em>Comparison</em>}</li>
 *   <li>{@link org.ptl.model.MemberCount#getValue <em>Value</em>}</li>
 *   <li>{@link org.ptl.model.MemberCount#getCounter <em>Counter</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getMemberCount()
 * @model
 * @generated
 */
public interface MemberCount extends Predicate
{
	/**
	 * Returns the value of the '<em><b>Components</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getMemberCount_Components()
	 * @model
	 * @generated
	 */
	EList<Component> getComponents();

	/**
	 * Returns the value of the '<em><b>States</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.State}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>States</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getMemberCount_States()
	 * @model
	 * @generated
	 */
	EList<State> getStates();

	/**
	 * Returns the value of the '<em><b>Comparison</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.Comparison}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparison</em>' attribute.
	 * @see org.ptl.model.Comparison
	 * @see #setComparison(Comparison)
	 * @see org.ptl.model.PtlPackage#getMemberCount_Comparison()
	 * @model
	 * @generated
	 */
	Comparison getComparison();

	/**
	 * Sets the value of the '{@link org.ptl.model.MemberCount#getComparison <em>Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparison</em>' attribute.
	 * @see org.ptl.model.Comparison
	 * @see #getComparison()
	 * @generated
	 */
	void setComparison(Comparison value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see org.ptl.model.PtlPackage#getMemberCount_Value()
	 * @model
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link org.ptl.model.MemberCount#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

	/**
	 * Returns the value of the '<em><b>Counter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counter</em>' reference.
	 * @see #setCounter(Counter)
	 * @see org.ptl.model.PtlPackage#getMemberCount_Counter()
	 * @model
	 * @generated
	 */
	Counter getCounter();

	/**
	 * Sets the value of the '{@link org.ptl.model.MemberCount#getCounter <em>Counter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counter</em>' reference.
	 * @see #getCounter()
	 * @generated
	 */
	void setCounter(Counter value);

} // MemberCount
