/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Family</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of interchangeable members (gmaps, vCPUs); the one declared with pages is sized by the explorer's page count. The first fixed members play roles of their own and are not permuted by symmetry.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Family#isPages <em>Pages</em>}</li>
 *   <li>{@link org.ptl.model.Family#getFixed <em>Fixed</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getFamily()
 * @model
 * @generated
 */
public interface Family extends Named
{
	/**
	 * Returns the value of the '<em><b>Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pages</em>' attribute.
	 * @see #setPages(boolean)
	 * @see org.ptl.model.PtlPackage#getFamily_Pages()
	 * @model
	 * @generated
	 */
	boolean isPages();

	/**
	 * Sets the value of the '{@link org.ptl.model.Family#isPages <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pages</em>' attribute.
	 * @see #isPages()
	 * @generated
	 */
	void setPages(boolean value);

	/**
	 * Returns the value of the '<em><b>Fixed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixed</em>' attribute.
	 * @see #isSetFixed()
	 * @see #unsetFixed()
	 * @see #setFixed(int)
	 * @see org.ptl.model.PtlPackage#getFamily_Fixed()
	 * @model unsettable="true"
	 * @generated
	 */
	int getFixed();

	/**
	 * Sets the value of the '{@link org.ptl.model.Family#getFixed <em>Fixed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed</em>' attribute.
	 * @see #isSetFixed()
	 * @see #unsetFixed()
	 * @see #getFixed()
	 * @generated
	 */
	void setFixed(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.Family#getFixed <em>Fixed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFixed()
	 * @see #getFixed()
	 * @see #setFixed(int)
	 * @generated
	 */
	void unsetFixed();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.Family#getFixed <em>Fixed</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Fixed</em>' attribute is set.
	 * @see #unsetFixed()
	 * @see #getFixed()
	 * @see #setFixed(int)
	 * @generated
	 */
	boolean isSetFixed();

} // Family
