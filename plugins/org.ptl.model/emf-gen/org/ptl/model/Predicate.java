/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Predicate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A condition over the states that all components hold for one page.
 * <!-- end-model-doc -->
 *
 *
 * @see org.ptl.model.PtlPackage#getPredicate()
 * @model abstract="true"
 * @generated
 */
public interface Predicate extends EObject
{
} // Predicate
