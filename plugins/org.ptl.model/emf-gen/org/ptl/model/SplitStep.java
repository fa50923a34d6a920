/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Split Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.SplitStep#getAddress <em>Address</em>}</li>
 *   <li>{@link org.ptl.model.SplitStep#getSize <em>Size</em>}</li>
 *   <li>{@link org.ptl.model.SplitStep#getCachePages <em>Cache Pages</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getSplitStep()
 * @model
 * @generated
 */
public interface SplitStep extends Step
{
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see org.ptl.model.PtlPackage#getSplitStep_Address()
	 * @model
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link org.ptl.model.SplitStep#getAddress <em>Address</em>}' attribute.
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
	 * @see org.ptl.model.PtlPackage#getSplitStep_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.ptl.model.SplitStep#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Cache Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cache Pages</em>' attribute.
	 * @see #isSetCachePages()
	 * @see #unsetCachePages()
	 * @see #setCachePages(int)
	 * @see org.ptl.model.PtlPackage#getSplitStep_CachePages()
	 * @model unsettable="true"
	 * @generated
	 */
	int getCachePages();

	/**
	 * Sets the value of the '{@link org.ptl.model.SplitStep#getCachePages <em>Cache Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache Pages</em>' attribute.
	 * @see #isSetCachePages()
	 * @see #unsetCachePages()
	 * @see #getCachePages()
	 * @generated
	 */
	void setCachePages(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.SplitStep#getCachePages <em>Cache Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCachePages()
	 * @see #getCachePages()
	 * @see #setCachePages(int)
	 * @generated
	 */
	void unsetCachePages();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.SplitStep#getCachePages <em>Cache Pages</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Cache Pages</em>' attribute is set.
	 * @see #unsetCachePages()
	 * @see #getCachePages()
	 * @see #setCachePages(int)
	 * @generated
	 */
	boolean isSetCachePages();

} // SplitStep
