/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A page table of a scenario that belongs to no component.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ScenarioTable#getFormat <em>Format</em>}</li>
 *   <li>{@link org.ptl.model.ScenarioTable#getOperations <em>Operations</em>}</li>
 *   <li>{@link org.ptl.model.ScenarioTable#getFeatures <em>Features</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getScenarioTable()
 * @model
 * @generated
 */
public interface ScenarioTable extends Named
{
	/**
	 * Returns the value of the '<em><b>Format</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' reference.
	 * @see #setFormat(Format)
	 * @see org.ptl.model.PtlPackage#getScenarioTable_Format()
	 * @model
	 * @generated
	 */
	Format getFormat();

	/**
	 * Sets the value of the '{@link org.ptl.model.ScenarioTable#getFormat <em>Format</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' reference.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(Format value);

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operations</em>' reference.
	 * @see #setOperations(Operations)
	 * @see org.ptl.model.PtlPackage#getScenarioTable_Operations()
	 * @model
	 * @generated
	 */
	Operations getOperations();

	/**
	 * Sets the value of the '{@link org.ptl.model.ScenarioTable#getOperations <em>Operations</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operations</em>' reference.
	 * @see #getOperations()
	 * @generated
	 */
	void setOperations(Operations value);

	/**
	 * Returns the value of the '<em><b>Features</b></em>' attribute list.
	 * The list contents are of type {@link org.ptl.model.CpuFeature}.
	 * The literals are from the enumeration {@link org.ptl.model.CpuFeature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU features of this table (besides the scenario's) that change the library's TLB and cache maintenance (FEAT_S2FWB, TLB range instructions, LPA2); those not named are absent, as on a machine without them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Features</em>' attribute list.
	 * @see org.ptl.model.CpuFeature
	 * @see org.ptl.model.PtlPackage#getScenarioTable_Features()
	 * @model unique="false"
	 * @generated
	 */
	EList<CpuFeature> getFeatures();

} // ScenarioTable
