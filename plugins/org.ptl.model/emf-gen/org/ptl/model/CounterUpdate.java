/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Counter Update</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a transition changes a counter of the page.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.CounterUpdate#getCounter <em>Counter</em>}</li>
 *   <li>{@link org.ptl.model.CounterUpdate#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.ptl.model.CounterUpdate#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getCounterUpdate()
 * @model
 * @generated
 */
public interface CounterUpdate extends EObject
{
	/**
	 * Returns the value of the '<em><b>Counter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counter</em>' reference.
	 * @see #setCounter(Counter)
	 * @see org.ptl.model.PtlPackage#getCounterUpdate_Counter()
	 * @model
	 * @generated
	 */
	Counter getCounter();

	/**
	 * Sets the value of the '{@link org.ptl.model.CounterUpdate#getCounter <em>Counter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counter</em>' reference.
	 * @see #getCounter()
	 * @generated
	 */
	void setCounter(Counter value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.UpdateOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see org.ptl.model.UpdateOperator
	 * @see #setOperator(UpdateOperator)
	 * @see org.ptl.model.PtlPackage#getCounterUpdate_Operator()
	 * @model
	 * @generated
	 */
	UpdateOperator getOperator();

	/**
	 * Sets the value of the '{@link org.ptl.model.CounterUpdate#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see org.ptl.model.UpdateOperator
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(UpdateOperator value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see org.ptl.model.PtlPackage#getCounterUpdate_Value()
	 * @model
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link org.ptl.model.CounterUpdate#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

} // CounterUpdate
