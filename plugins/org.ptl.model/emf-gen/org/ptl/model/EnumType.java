/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enum Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One of the named literals.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.EnumType#getLiterals <em>Literals</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getEnumType()
 * @model
 * @generated
 */
public interface EnumType extends VariableType
{
	/**
	 * Returns the value of the '<em><b>Literals</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.ProtocolLiteral}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Literals</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getEnumType_Literals()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtocolLiteral> getLiterals();

} // EnumType
