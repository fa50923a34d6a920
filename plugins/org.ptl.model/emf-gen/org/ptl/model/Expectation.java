/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expectation</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getExpectation()
 * @model abstract="true"
 * @generated
 */
public interface Expectation extends Step
{
} // Expectation
