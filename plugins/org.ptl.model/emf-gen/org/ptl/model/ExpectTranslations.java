/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expect Translations</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * No page of the range translates anywhere but to the physical address plus its offset (pages that do not translate are allowed).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ExpectTranslations#getAddress <em>Address</em>}</li>
 *   <li>{@link org.ptl.model.ExpectTranslations#getSize <em>Size</em>}</li>
 *   <li>{@link org.ptl.model.ExpectTranslations#getPa <em>Pa</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getExpectTranslations()
 * @model
 * @generated
 */
public interface ExpectTranslations extends Expectation
{
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see org.ptl.model.PtlPackage#getExpectTranslations_Address()
	 * @model
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link org.ptl.model.ExpectTranslations#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(long value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.ptl.model.PtlPackage#getExpectTranslations_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.ptl.model.ExpectTranslations#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Pa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pa</em>' attribute.
	 * @see #setPa(long)
	 * @see org.ptl.model.PtlPackage#getExpectTranslations_Pa()
	 * @model
	 * @generated
	 */
	long getPa();

	/**
	 * Sets the value of the '{@link org.ptl.model.ExpectTranslations#getPa <em>Pa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pa</em>' attribute.
	 * @see #getPa()
	 * @generated
	 */
	void setPa(long value);

} // ExpectTranslations
