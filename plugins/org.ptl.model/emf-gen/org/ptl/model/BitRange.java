/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bit Range</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Bits high..low of a 64-bit descriptor, written [high:low], or [bit] for one bit (low unset).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.BitRange#getHigh <em>High</em>}</li>
 *   <li>{@link org.ptl.model.BitRange#getLow <em>Low</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getBitRange()
 * @model
 * @generated
 */
public interface BitRange extends EObject
{
	/**
	 * Returns the value of the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High</em>' attribute.
	 * @see #setHigh(int)
	 * @see org.ptl.model.PtlPackage#getBitRange_High()
	 * @model
	 * @generated
	 */
	int getHigh();

	/**
	 * Sets the value of the '{@link org.ptl.model.BitRange#getHigh <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High</em>' attribute.
	 * @see #getHigh()
	 * @generated
	 */
	void setHigh(int value);

	/**
	 * Returns the value of the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Low</em>' attribute.
	 * @see #isSetLow()
	 * @see #unsetLow()
	 * @see #setLow(int)
	 * @see org.ptl.model.PtlPackage#getBitRange_Low()
	 * @model unsettable="true"
	 * @generated
	 */
	int getLow();

	/**
	 * Sets the value of the '{@link org.ptl.model.BitRange#getLow <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low</em>' attribute.
	 * @see #isSetLow()
	 * @see #unsetLow()
	 * @see #getLow()
	 * @generated
	 */
	void setLow(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.BitRange#getLow <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLow()
	 * @see #getLow()
	 * @see #setLow(int)
	 * @generated
	 */
	void unsetLow();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.BitRange#getLow <em>Low</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Low</em>' attribute is set.
	 * @see #unsetLow()
	 * @see #getLow()
	 * @see #setLow(int)
	 * @generated
	 */
	boolean isSetLow();

} // BitRange
