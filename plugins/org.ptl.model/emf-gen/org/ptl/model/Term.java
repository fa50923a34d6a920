/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A value: a number, true or false, or a variable, field, enum literal or parameter.
 * <!-- end-model-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getTerm()
 * @model abstract="true"
 * @generated
 */
public interface Term extends EObject
{
} // Term
