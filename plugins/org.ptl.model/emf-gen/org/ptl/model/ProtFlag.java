/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prot Flag</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An abstract protection flag such as R, W, X, DEVICE or SW0.
 * <!-- end-model-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getProtFlag()
 * @model
 * @generated
 */
public interface ProtFlag extends Named
{
} // ProtFlag
