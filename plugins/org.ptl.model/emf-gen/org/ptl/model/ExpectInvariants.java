/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expect Invariants</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getExpectInvariants()
 * @model
 * @generated
 */
public interface ExpectInvariants extends Expectation
{
} // ExpectInvariants
