/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transform</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An address transformation such as kern_hyp_va: a function of one parameter, with sample arguments to show.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Transform#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.ptl.model.Transform#getBody <em>Body</em>}</li>
 *   <li>{@link org.ptl.model.Transform#getSamples <em>Samples</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getTransform()
 * @model
 * @generated
 */
public interface Transform extends Named
{
	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter</em>' containment reference.
	 * @see #setParameter(TransformParameter)
	 * @see org.ptl.model.PtlPackage#getTransform_Parameter()
	 * @model containment="true"
	 * @generated
	 */
	TransformParameter getParameter();

	/**
	 * Sets the value of the '{@link org.ptl.model.Transform#getParameter <em>Parameter</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' containment reference.
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(TransformParameter value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body</em>' containment reference.
	 * @see #setBody(Expression)
	 * @see org.ptl.model.PtlPackage#getTransform_Body()
	 * @model containment="true"
	 * @generated
	 */
	Expression getBody();

	/**
	 * Sets the value of the '{@link org.ptl.model.Transform#getBody <em>Body</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' containment reference.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(Expression value);

	/**
	 * Returns the value of the '<em><b>Samples</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Expression}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Samples</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getTransform_Samples()
	 * @model containment="true"
	 * @generated
	 */
	EList<Expression> getSamples();

} // Transform
