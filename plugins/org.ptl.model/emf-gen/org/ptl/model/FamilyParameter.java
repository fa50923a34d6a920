/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Family Parameter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A name for a member of a family: an action's parameter, or the variable of a quantifier or of a for-each update.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.FamilyParameter#getFamily <em>Family</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getFamilyParameter()
 * @model
 * @generated
 */
public interface FamilyParameter extends Named
{
	/**
	 * Returns the value of the '<em><b>Family</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' reference.
	 * @see #setFamily(Family)
	 * @see org.ptl.model.PtlPackage#getFamilyParameter_Family()
	 * @model
	 * @generated
	 */
	Family getFamily();

	/**
	 * Sets the value of the '{@link org.ptl.model.FamilyParameter#getFamily <em>Family</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' reference.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(Family value);

} // FamilyParameter
