/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bool Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * false or true.
 * <!-- end-model-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getBoolType()
 * @model
 * @generated
 */
public interface BoolType extends VariableType
{
} // BoolType
