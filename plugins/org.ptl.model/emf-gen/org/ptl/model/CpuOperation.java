/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cpu Operation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A page-table operation of a CPU: under the MMU read lock (a shared walker), or under the write lock when exclusive; with the results it may return.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.CpuOperation#isExclusive <em>Exclusive</em>}</li>
 *   <li>{@link org.ptl.model.CpuOperation#getStep <em>Step</em>}</li>
 *   <li>{@link org.ptl.model.CpuOperation#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getCpuOperation()
 * @model
 * @generated
 */
public interface CpuOperation extends EObject
{
	/**
	 * Returns the value of the '<em><b>Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclusive</em>' attribute.
	 * @see #setExclusive(boolean)
	 * @see org.ptl.model.PtlPackage#getCpuOperation_Exclusive()
	 * @model
	 * @generated
	 */
	boolean isExclusive();

	/**
	 * Sets the value of the '{@link org.ptl.model.CpuOperation#isExclusive <em>Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusive</em>' attribute.
	 * @see #isExclusive()
	 * @generated
	 */
	void setExclusive(boolean value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' containment reference.
	 * @see #setStep(Step)
	 * @see org.ptl.model.PtlPackage#getCpuOperation_Step()
	 * @model containment="true"
	 * @generated
	 */
	Step getStep();

	/**
	 * Sets the value of the '{@link org.ptl.model.CpuOperation#getStep <em>Step</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' containment reference.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(Step value);

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.ExpectedResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getCpuOperation_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExpectedResult> getResults();

} // CpuOperation
