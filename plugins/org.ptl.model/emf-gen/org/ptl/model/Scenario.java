/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sequence of page-table operations and ownership transitions with the results expected of them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Scenario#getTables <em>Tables</em>}</li>
 *   <li>{@link org.ptl.model.Scenario#getBinding <em>Binding</em>}</li>
 *   <li>{@link org.ptl.model.Scenario#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.ptl.model.Scenario#getMemoryPages <em>Memory Pages</em>}</li>
 *   <li>{@link org.ptl.model.Scenario#getMemoryBase <em>Memory Base</em>}</li>
 *   <li>{@link org.ptl.model.Scenario#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.ptl.model.Scenario#getInitialOwnership <em>Initial Ownership</em>}</li>
 *   <li>{@link org.ptl.model.Scenario#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends Element
{
	/**
	 * Returns the value of the '<em><b>Tables</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.ScenarioTable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tables</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getScenario_Tables()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScenarioTable> getTables();

	/**
	 * Returns the value of the '<em><b>Binding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Binding</em>' reference.
	 * @see #setBinding(Binding)
	 * @see org.ptl.model.PtlPackage#getScenario_Binding()
	 * @model
	 * @generated
	 */
	Binding getBinding();

	/**
	 * Sets the value of the '{@link org.ptl.model.Scenario#getBinding <em>Binding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Binding</em>' reference.
	 * @see #getBinding()
	 * @generated
	 */
	void setBinding(Binding value);

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policy</em>' reference.
	 * @see #setPolicy(WalkerPolicy)
	 * @see org.ptl.model.PtlPackage#getScenario_Policy()
	 * @model
	 * @generated
	 */
	WalkerPolicy getPolicy();

	/**
	 * Sets the value of the '{@link org.ptl.model.Scenario#getPolicy <em>Policy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' reference.
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(WalkerPolicy value);

	/**
	 * Returns the value of the '<em><b>Memory Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Pages</em>' attribute.
	 * @see #setMemoryPages(int)
	 * @see org.ptl.model.PtlPackage#getScenario_MemoryPages()
	 * @model
	 * @generated
	 */
	int getMemoryPages();

	/**
	 * Sets the value of the '{@link org.ptl.model.Scenario#getMemoryPages <em>Memory Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Pages</em>' attribute.
	 * @see #getMemoryPages()
	 * @generated
	 */
	void setMemoryPages(int value);

	/**
	 * Returns the value of the '<em><b>Memory Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Base</em>' attribute.
	 * @see #setMemoryBase(long)
	 * @see org.ptl.model.PtlPackage#getScenario_MemoryBase()
	 * @model
	 * @generated
	 */
	long getMemoryBase();

	/**
	 * Sets the value of the '{@link org.ptl.model.Scenario#getMemoryBase <em>Memory Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Base</em>' attribute.
	 * @see #getMemoryBase()
	 * @generated
	 */
	void setMemoryBase(long value);

	/**
	 * Returns the value of the '<em><b>Features</b></em>' attribute list.
	 * The list contents are of type {@link org.ptl.model.CpuFeature}.
	 * The literals are from the enumeration {@link org.ptl.model.CpuFeature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU features that change the library's TLB and cache maintenance (FEAT_S2FWB, TLB range instructions, LPA2); those not named are absent, as on a machine without them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Features</em>' attribute list.
	 * @see org.ptl.model.CpuFeature
	 * @see org.ptl.model.PtlPackage#getScenario_Features()
	 * @model unique="false"
	 * @generated
	 */
	EList<CpuFeature> getFeatures();

	/**
	 * Returns the value of the '<em><b>Initial Ownership</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.InitialOwnership}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initial Ownership</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getScenario_InitialOwnership()
	 * @model containment="true"
	 * @generated
	 */
	EList<InitialOwnership> getInitialOwnership();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getScenario_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

} // Scenario
