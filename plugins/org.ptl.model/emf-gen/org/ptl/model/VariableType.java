/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Variable Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The values a protocol variable takes.
 * <!-- end-model-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getVariableType()
 * @model abstract="true"
 * @generated
 */
public interface VariableType extends EObject
{
} // VariableType
