/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expect Fault</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The previous translate faulted, of this kind, at this level.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ExpectFault#getFault <em>Fault</em>}</li>
 *   <li>{@link org.ptl.model.ExpectFault#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getExpectFault()
 * @model
 * @generated
 */
public interface ExpectFault extends Expectation
{
	/**
	 * Returns the value of the '<em><b>Fault</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.FaultKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fault</em>' attribute.
	 * @see org.ptl.model.FaultKind
	 * @see #setFault(FaultKind)
	 * @see org.ptl.model.PtlPackage#getExpectFault_Fault()
	 * @model
	 * @generated
	 */
	FaultKind getFault();

	/**
	 * Sets the value of the '{@link org.ptl.model.ExpectFault#getFault <em>Fault</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fault</em>' attribute.
	 * @see org.ptl.model.FaultKind
	 * @see #getFault()
	 * @generated
	 */
	void setFault(FaultKind value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #setLevel(int)
	 * @see org.ptl.model.PtlPackage#getExpectFault_Level()
	 * @model unsettable="true"
	 * @generated
	 */
	int getLevel();

	/**
	 * Sets the value of the '{@link org.ptl.model.ExpectFault#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.ExpectFault#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLevel()
	 * @see #getLevel()
	 * @see #setLevel(int)
	 * @generated
	 */
	void unsetLevel();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.ExpectFault#getLevel <em>Level</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Level</em>' attribute is set.
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @see #setLevel(int)
	 * @generated
	 */
	boolean isSetLevel();

} // ExpectFault
