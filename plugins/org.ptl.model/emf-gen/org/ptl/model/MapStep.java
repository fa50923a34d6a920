/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Map Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.MapStep#getAddress <em>Address</em>}</li>
 *   <li>{@link org.ptl.model.MapStep#getSize <em>Size</em>}</li>
 *   <li>{@link org.ptl.model.MapStep#getPa <em>Pa</em>}</li>
 *   <li>{@link org.ptl.model.MapStep#getProt <em>Prot</em>}</li>
 *   <li>{@link org.ptl.model.MapStep#getWalkFlags <em>Walk Flags</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getMapStep()
 * @model
 * @generated
 */
public interface MapStep extends Step
{
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see org.ptl.model.PtlPackage#getMapStep_Address()
	 * @model
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link org.ptl.model.MapStep#getAddress <em>Address</em>}' attribute.
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
	 * @see org.ptl.model.PtlPackage#getMapStep_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.ptl.model.MapStep#getSize <em>Size</em>}' attribute.
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
	 * @see org.ptl.model.PtlPackage#getMapStep_Pa()
	 * @model
	 * @generated
	 */
	long getPa();

	/**
	 * Sets the value of the '{@link org.ptl.model.MapStep#getPa <em>Pa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pa</em>' attribute.
	 * @see #getPa()
	 * @generated
	 */
	void setPa(long value);

	/**
	 * Returns the value of the '<em><b>Prot</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.ProtFlag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prot</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getMapStep_Prot()
	 * @model
	 * @generated
	 */
	EList<ProtFlag> getProt();

	/**
	 * Returns the value of the '<em><b>Walk Flags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Walk Flags</em>' attribute list.
	 * @see org.ptl.model.PtlPackage#getMapStep_WalkFlags()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getWalkFlags();

} // MapStep
