/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Walk Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A walk with a scripted visitor: which visits it makes, with which walker flags, and what the visitor returns where.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.WalkStep#getAddress <em>Address</em>}</li>
 *   <li>{@link org.ptl.model.WalkStep#getSize <em>Size</em>}</li>
 *   <li>{@link org.ptl.model.WalkStep#getVisits <em>Visits</em>}</li>
 *   <li>{@link org.ptl.model.WalkStep#getWalkFlags <em>Walk Flags</em>}</li>
 *   <li>{@link org.ptl.model.WalkStep#getOutcomes <em>Outcomes</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getWalkStep()
 * @model
 * @generated
 */
public interface WalkStep extends Step
{
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see org.ptl.model.PtlPackage#getWalkStep_Address()
	 * @model
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link org.ptl.model.WalkStep#getAddress <em>Address</em>}' attribute.
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
	 * @see org.ptl.model.PtlPackage#getWalkStep_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.ptl.model.WalkStep#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Visits</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visits</em>' attribute list.
	 * @see org.ptl.model.PtlPackage#getWalkStep_Visits()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getVisits();

	/**
	 * Returns the value of the '<em><b>Walk Flags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Walk Flags</em>' attribute list.
	 * @see org.ptl.model.PtlPackage#getWalkStep_WalkFlags()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getWalkFlags();

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.VisitorOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcomes</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getWalkStep_Outcomes()
	 * @model containment="true"
	 * @generated
	 */
	EList<VisitorOutcome> getOutcomes();

} // WalkStep
