/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value Test</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A term that must be true, or two terms compared.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ValueTest#getLeft <em>Left</em>}</li>
 *   <li>{@link org.ptl.model.ValueTest#getComparison <em>Comparison</em>}</li>
 *   <li>{@link org.ptl.model.ValueTest#getRight <em>Right</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getValueTest()
 * @model
 * @generated
 */
public interface ValueTest extends Predicate
{
	/**
	 * Returns the value of the '<em><b>Left</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Left</em>' containment reference.
	 * @see #setLeft(Term)
	 * @see org.ptl.model.PtlPackage#getValueTest_Left()
	 * @model containment="true"
	 * @generated
	 */
	Term getLeft();

	/**
	 * Sets the value of the '{@link org.ptl.model.ValueTest#getLeft <em>Left</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Left</em>' containment reference.
	 * @see #getLeft()
	 * @generated
	 */
	void setLeft(Term value);

	/**
	 * Returns the value of the '<em><b>Comparison</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.Comparison}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparison</em>' attribute.
	 * @see org.ptl.model.Comparison
	 * @see #isSetComparison()
	 * @see #unsetComparison()
	 * @see #setComparison(Comparison)
	 * @see org.ptl.model.PtlPackage#getValueTest_Comparison()
	 * @model unsettable="true"
	 * @generated
	 */
	Comparison getComparison();

	/**
	 * Sets the value of the '{@link org.ptl.model.ValueTest#getComparison <em>Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparison</em>' attribute.
	 * @see org.ptl.model.Comparison
	 * @see #isSetComparison()
	 * @see #unsetComparison()
	 * @see #getComparison()
	 * @generated
	 */
	void setComparison(Comparison value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.ValueTest#getComparison <em>Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetComparison()
	 * @see #getComparison()
	 * @see #setComparison(Comparison)
	 * @generated
	 */
	void unsetComparison();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.ValueTest#getComparison <em>Comparison</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Comparison</em>' attribute is set.
	 * @see #unsetComparison()
	 * @see #getComparison()
	 * @see #setComparison(Comparison)
	 * @generated
	 */
	boolean isSetComparison();

	/**
	 * Returns the value of the '<em><b>Right</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Right</em>' containment reference.
	 * @see #setRight(Term)
	 * @see org.ptl.model.PtlPackage#getValueTest_Right()
	 * @model containment="true"
	 * @generated
	 */
	Term getRight();

	/**
	 * Sets the value of the '{@link org.ptl.model.ValueTest#getRight <em>Right</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Right</em>' containment reference.
	 * @see #getRight()
	 * @generated
	 */
	void setRight(Term value);

} // ValueTest
