/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Translate Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.TranslateStep#getAddress <em>Address</em>}</li>
 *   <li>{@link org.ptl.model.TranslateStep#getAccess <em>Access</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getTranslateStep()
 * @model
 * @generated
 */
public interface TranslateStep extends Step
{
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see org.ptl.model.PtlPackage#getTranslateStep_Address()
	 * @model
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link org.ptl.model.TranslateStep#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(long value);

	/**
	 * Returns the value of the '<em><b>Access</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.AccessKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Access</em>' attribute.
	 * @see org.ptl.model.AccessKind
	 * @see #setAccess(AccessKind)
	 * @see org.ptl.model.PtlPackage#getTranslateStep_Access()
	 * @model
	 * @generated
	 */
	AccessKind getAccess();

	/**
	 * Sets the value of the '{@link org.ptl.model.TranslateStep#getAccess <em>Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access</em>' attribute.
	 * @see org.ptl.model.AccessKind
	 * @see #getAccess()
	 * @generated
	 */
	void setAccess(AccessKind value);

} // TranslateStep
