/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who takes actions (a guest vCPU, the host, the sync ioctl); with a family, each member is an actor of its own.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Actor#getFamily <em>Family</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getActor()
 * @model
 * @generated
 */
public interface Actor extends Named
{
	/**
	 * Returns the value of the '<em><b>Family</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' reference.
	 * @see #setFamily(Family)
	 * @see org.ptl.model.PtlPackage#getActor_Family()
	 * @model
	 * @generated
	 */
	Family getFamily();

	/**
	 * Sets the value of the '{@link org.ptl.model.Actor#getFamily <em>Family</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' reference.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(Family value);

} // Actor
