/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A semantic page state (OWNED, SHARED_BORROWED, ...), independent of how any version encodes it.
 * <!-- end-model-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getState()
 * @model
 * @generated
 */
public interface State extends Named
{
} // State
