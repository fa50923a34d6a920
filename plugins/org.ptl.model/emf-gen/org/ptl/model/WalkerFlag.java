/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Walker Flag</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getWalkerFlag()
 * @model
 * @generated
 */
public interface WalkerFlag extends Named
{
} // WalkerFlag
