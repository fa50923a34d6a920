/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transform Parameter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The parameter of a transformation.
 * <!-- end-model-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getTransformParameter()
 * @model
 * @generated
 */
public interface TransformParameter extends Variable
{
} // TransformParameter
