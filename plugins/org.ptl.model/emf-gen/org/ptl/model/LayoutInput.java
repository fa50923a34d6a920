/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layout Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An input of a layout: its default, and the values it may take (a range, a set of choices, an alignment); the proof covers every one of them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.LayoutInput#getRange <em>Range</em>}</li>
 *   <li>{@link org.ptl.model.LayoutInput#getChoices <em>Choices</em>}</li>
 *   <li>{@link org.ptl.model.LayoutInput#getAlignment <em>Alignment</em>}</li>
 *   <li>{@link org.ptl.model.LayoutInput#getDefaultValue <em>Default Value</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getLayoutInput()
 * @model
 * @generated
 */
public interface LayoutInput extends Variable
{
	/**
	 * Returns the value of the '<em><b>Range</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Range</em>' containment reference.
	 * @see #setRange(InputRange)
	 * @see org.ptl.model.PtlPackage#getLayoutInput_Range()
	 * @model containment="true"
	 * @generated
	 */
	InputRange getRange();

	/**
	 * Sets the value of the '{@link org.ptl.model.LayoutInput#getRange <em>Range</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Range</em>' containment reference.
	 * @see #getRange()
	 * @generated
	 */
	void setRange(InputRange value);

	/**
	 * Returns the value of the '<em><b>Choices</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Long}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Choices</em>' attribute list.
	 * @see org.ptl.model.PtlPackage#getLayoutInput_Choices()
	 * @model
	 * @generated
	 */
	EList<Long> getChoices();

	/**
	 * Returns the value of the '<em><b>Alignment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alignment</em>' attribute.
	 * @see #setAlignment(long)
	 * @see org.ptl.model.PtlPackage#getLayoutInput_Alignment()
	 * @model
	 * @generated
	 */
	long getAlignment();

	/**
	 * Sets the value of the '{@link org.ptl.model.LayoutInput#getAlignment <em>Alignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alignment</em>' attribute.
	 * @see #getAlignment()
	 * @generated
	 */
	void setAlignment(long value);

	/**
	 * Returns the value of the '<em><b>Default Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Value</em>' containment reference.
	 * @see #setDefaultValue(Expression)
	 * @see org.ptl.model.PtlPackage#getLayoutInput_DefaultValue()
	 * @model containment="true"
	 * @generated
	 */
	Expression getDefaultValue();

	/**
	 * Sets the value of the '{@link org.ptl.model.LayoutInput#getDefaultValue <em>Default Value</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Value</em>' containment reference.
	 * @see #getDefaultValue()
	 * @generated
	 */
	void setDefaultValue(Expression value);

} // LayoutInput
