/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Family Quantified</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How many members of a family make the body true: all, some, none, exactly one, at most one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.FamilyQuantified#getQuantifier <em>Quantifier</em>}</li>
 *   <li>{@link org.ptl.model.FamilyQuantified#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.ptl.model.FamilyQuantified#getBody <em>Body</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getFamilyQuantified()
 * @model
 * @generated
 */
public interface FamilyQuantified extends Predicate
{
	/**
	 * Returns the value of the '<em><b>Quantifier</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.Quantifier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantifier</em>' attribute.
	 * @see org.ptl.model.Quantifier
	 * @see #setQuantifier(Quantifier)
	 * @see org.ptl.model.PtlPackage#getFamilyQuantified_Quantifier()
	 * @model
	 * @generated
	 */
	Quantifier getQuantifier();

	/**
	 * Sets the value of the '{@link org.ptl.model.FamilyQuantified#getQuantifier <em>Quantifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantifier</em>' attribute.
	 * @see org.ptl.model.Quantifier
	 * @see #getQuantifier()
	 * @generated
	 */
	void setQuantifier(Quantifier value);

	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter</em>' containment reference.
	 * @see #setParameter(FamilyParameter)
	 * @see org.ptl.model.PtlPackage#getFamilyQuantified_Parameter()
	 * @model containment="true"
	 * @generated
	 */
	FamilyParameter getParameter();

	/**
	 * Sets the value of the '{@link org.ptl.model.FamilyQuantified#getParameter <em>Parameter</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' containment reference.
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(FamilyParameter value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body</em>' containment reference.
	 * @see #setBody(Predicate)
	 * @see org.ptl.model.PtlPackage#getFamilyQuantified_Body()
	 * @model containment="true"
	 * @generated
	 */
	Predicate getBody();

	/**
	 * Sets the value of the '{@link org.ptl.model.FamilyQuantified#getBody <em>Body</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' containment reference.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(Predicate value);

} // FamilyQuantified
