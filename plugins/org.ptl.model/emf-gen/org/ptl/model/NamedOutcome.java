/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Named Outcome</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An outcome a visitor reports by name rather than as an errno (a status flag, as in the 2023 status-struct proposal).
 * <!-- end-model-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getNamedOutcome()
 * @model
 * @generated
 */
public interface NamedOutcome extends Named
{
} // NamedOutcome
