/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol Literal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A literal of an enum variable.
 * <!-- end-model-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getProtocolLiteral()
 * @model
 * @generated
 */
public interface ProtocolLiteral extends Named
{
} // ProtocolLiteral
