/**
 */
package org.ptl.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A top-level declaration of a .ptl file.
 * <!-- end-model-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getElement()
 * @model abstract="true"
 * @generated
 */
public interface Element extends Named
{
} // Element
