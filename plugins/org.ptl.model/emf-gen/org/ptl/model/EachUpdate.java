/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Each Update</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The updates applied for every member of a family.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.EachUpdate#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.ptl.model.EachUpdate#getUpdates <em>Updates</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getEachUpdate()
 * @model
 * @generated
 */
public interface EachUpdate extends ProtocolUpdate
{
	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter</em>' containment reference.
	 * @see #setParameter(FamilyParameter)
	 * @see org.ptl.model.PtlPackage#getEachUpdate_Parameter()
	 * @model containment="true"
	 * @generated
	 */
	FamilyParameter getParameter();

	/**
	 * Sets the value of the '{@link org.ptl.model.EachUpdate#getParameter <em>Parameter</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' containment reference.
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(FamilyParameter value);

	/**
	 * Returns the value of the '<em><b>Updates</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.ProtocolUpdate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Updates</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getEachUpdate_Updates()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtocolUpdate> getUpdates();

} // EachUpdate
