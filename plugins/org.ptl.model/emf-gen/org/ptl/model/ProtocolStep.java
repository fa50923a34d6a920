/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step of a protocol scenario.
 * <!-- end-model-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getProtocolStep()
 * @model abstract="true"
 * @generated
 */
public interface ProtocolStep extends EObject
{
} // ProtocolStep
