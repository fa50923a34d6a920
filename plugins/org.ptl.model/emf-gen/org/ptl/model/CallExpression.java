/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Call Expression</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A built-in function (BIT, GENMASK, fls64, max, min, align_down, align_up) or a transformation applied to arguments.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.CallExpression#getBuiltin <em>Builtin</em>}</li>
 *   <li>{@link org.ptl.model.CallExpression#getTransform <em>Transform</em>}</li>
 *   <li>{@link org.ptl.model.CallExpression#getArguments <em>Arguments</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getCallExpression()
 * @model
 * @generated
 */
public interface CallExpression extends Expression
{
	/**
	 * Returns the value of the '<em><b>Builtin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.Builtin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Builtin</em>' attribute.
	 * @see org.ptl.model.Builtin
	 * @see #setBuiltin(Builtin)
	 * @see org.ptl.model.PtlPackage#getCallExpression_Builtin()
	 * @model
	 * @generated
	 */
	Builtin getBuiltin();

	/**
	 * Sets the value of the '{@link org.ptl.model.CallExpression#getBuiltin <em>Builtin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Builtin</em>' attribute.
	 * @see org.ptl.model.Builtin
	 * @see #getBuiltin()
	 * @generated
	 */
	void setBuiltin(Builtin value);

	/**
	 * Returns the value of the '<em><b>Transform</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transform</em>' reference.
	 * @see #setTransform(Transform)
	 * @see org.ptl.model.PtlPackage#getCallExpression_Transform()
	 * @model
	 * @generated
	 */
	Transform getTransform();

	/**
	 * Sets the value of the '{@link org.ptl.model.CallExpression#getTransform <em>Transform</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transform</em>' reference.
	 * @see #getTransform()
	 * @generated
	 */
	void setTransform(Transform value);

	/**
	 * Returns the value of the '<em><b>Arguments</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Expression}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arguments</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getCallExpression_Arguments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Expression> getArguments();

} // CallExpression
