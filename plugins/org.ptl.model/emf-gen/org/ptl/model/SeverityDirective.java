/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Severity Directive</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Raises or lowers the severity of one check, by its stable id, for the diagnostics of this file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.SeverityDirective#getCheckId <em>Check Id</em>}</li>
 *   <li>{@link org.ptl.model.SeverityDirective#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getSeverityDirective()
 * @model
 * @generated
 */
public interface SeverityDirective extends EObject
{
	/**
	 * Returns the value of the '<em><b>Check Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Check Id</em>' attribute.
	 * @see #setCheckId(String)
	 * @see org.ptl.model.PtlPackage#getSeverityDirective_CheckId()
	 * @model
	 * @generated
	 */
	String getCheckId();

	/**
	 * Sets the value of the '{@link org.ptl.model.SeverityDirective#getCheckId <em>Check Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Check Id</em>' attribute.
	 * @see #getCheckId()
	 * @generated
	 */
	void setCheckId(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ptl.model.SeverityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.ptl.model.SeverityLevel
	 * @see #setLevel(SeverityLevel)
	 * @see org.ptl.model.PtlPackage#getSeverityDirective_Level()
	 * @model
	 * @generated
	 */
	SeverityLevel getLevel();

	/**
	 * Sets the value of the '{@link org.ptl.model.SeverityDirective#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.ptl.model.SeverityLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(SeverityLevel value);

} // SeverityDirective
