/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol Update</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How an action changes the state. Every value an action reads is read before it changes anything.
 * <!-- end-model-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getProtocolUpdate()
 * @model abstract="true"
 * @generated
 */
public interface ProtocolUpdate extends EObject
{
} // ProtocolUpdate
