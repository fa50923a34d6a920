/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quantified Predicate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How many of the components (all of them when none are named; every member of a family counts) hold one of the states.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.QuantifiedPredicate#getQuantifier <em>Quantifier</em>}</li>
 *   <li>{@link org.ptl.model.QuantifiedPredicate#getComponents <em>Components</em>}</li>
 *   <li>{@link org.ptl.model.QuantifiedPredicate#getStates <em>States</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getQuantifiedPredicate()
 * @model
 * @generated
 */
public interface QuantifiedPredicate extends Predicate
{
	/**
	 * Returns the value of the '<em><b>Quantifier</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.Quantifier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantifier</em>' attribute.
	 * @see org.ptl.model.Quantifier
	 * @see #setQuantifier(Quantifier)
	 * @see org.ptl.model.PtlPackage#getQuantifiedPredicate_Quantifier()
	 * @model
	 * @generated
	 */
	Quantifier getQuantifier();

	/**
	 * Sets the value of the '{@link org.ptl.model.QuantifiedPredicate#getQuantifier <em>Quantifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantifier</em>' attribute.
	 * @see org.ptl.model.Quantifier
	 * @see #getQuantifier()
	 * @generated
	 */
	void setQuantifier(Quantifier value);

	/**
	 * Returns the value of the '<em><b>Components</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getQuantifiedPredicate_Components()
	 * @model
	 * @generated
	 */
	EList<Component> getComponents();

	/**
	 * Returns the value of the '<em><b>States</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.State}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>States</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getQuantifiedPredicate_States()
	 * @model
	 * @generated
	 */
	EList<State> getStates();

} // QuantifiedPredicate
