/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol Variable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A state variable, one per combination of members of its index families; ghost when only the specification reads it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ProtocolVariable#isGhost <em>Ghost</em>}</li>
 *   <li>{@link org.ptl.model.ProtocolVariable#getIndices <em>Indices</em>}</li>
 *   <li>{@link org.ptl.model.ProtocolVariable#getType <em>Type</em>}</li>
 *   <li>{@link org.ptl.model.ProtocolVariable#getInitial <em>Initial</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getProtocolVariable()
 * @model
 * @generated
 */
public interface ProtocolVariable extends Named
{
	/**
	 * Returns the value of the '<em><b>Ghost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ghost</em>' attribute.
	 * @see #setGhost(boolean)
	 * @see org.ptl.model.PtlPackage#getProtocolVariable_Ghost()
	 * @model
	 * @generated
	 */
	boolean isGhost();

	/**
	 * Sets the value of the '{@link org.ptl.model.ProtocolVariable#isGhost <em>Ghost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ghost</em>' attribute.
	 * @see #isGhost()
	 * @generated
	 */
	void setGhost(boolean value);

	/**
	 * Returns the value of the '<em><b>Indices</b></em>' reference list.
	 * The list contents are of type {@link org.ptl.model.Family}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indices</em>' reference list.
	 * @see org.ptl.model.PtlPackage#getProtocolVariable_Indices()
	 * @model
	 * @generated
	 */
	EList<Family> getIndices();

	/**
	 * Returns the value of the '<em><b>Type</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' containment reference.
	 * @see #setType(VariableType)
	 * @see org.ptl.model.PtlPackage#getProtocolVariable_Type()
	 * @model containment="true"
	 * @generated
	 */
	VariableType getType();

	/**
	 * Sets the value of the '{@link org.ptl.model.ProtocolVariable#getType <em>Type</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' containment reference.
	 * @see #getType()
	 * @generated
	 */
	void setType(VariableType value);

	/**
	 * Returns the value of the '<em><b>Initial</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initial</em>' containment reference.
	 * @see #setInitial(Term)
	 * @see org.ptl.model.PtlPackage#getProtocolVariable_Initial()
	 * @model containment="true"
	 * @generated
	 */
	Term getInitial();

	/**
	 * Sets the value of the '{@link org.ptl.model.ProtocolVariable#getInitial <em>Initial</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial</em>' containment reference.
	 * @see #getInitial()
	 * @generated
	 */
	void setInitial(Term value);

} // ProtocolVariable
