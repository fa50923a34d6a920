/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The contents of one .ptl file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.PtlModel#getImports <em>Imports</em>}</li>
 *   <li>{@link org.ptl.model.PtlModel#getSeverities <em>Severities</em>}</li>
 *   <li>{@link org.ptl.model.PtlModel#getElements <em>Elements</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getPtlModel()
 * @model
 * @generated
 */
public interface PtlModel extends EObject
{
	/**
	 * Returns the value of the '<em><b>Imports</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Import}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imports</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getPtlModel_Imports()
	 * @model containment="true"
	 * @generated
	 */
	EList<Import> getImports();

	/**
	 * Returns the value of the '<em><b>Severities</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.SeverityDirective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severities</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getPtlModel_Severities()
	 * @model containment="true"
	 * @generated
	 */
	EList<SeverityDirective> getSeverities();

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getPtlModel_Elements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Element> getElements();

} // PtlModel
