/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expression</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A typed expression over 64-bit unsigned values and booleans, with C's operators and precedence. Arithmetic that overflows, shifts by 64 or more and impossible masks are errors, never silently wrapped.
 * <!-- end-model-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getExpression()
 * @model abstract="true"
 * @generated
 */
public interface Expression extends EObject
{
} // Expression
