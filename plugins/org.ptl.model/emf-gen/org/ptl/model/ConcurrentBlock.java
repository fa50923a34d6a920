/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Concurrent Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Operations several CPUs (vCPUs, host and hyp) perform at once on the scenario's tables: every interleaving of their atomic events (DOMAIN.md 9.2) is explored, and the break-before-make monitor and the steps after the block are checked in each.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.ConcurrentBlock#getDescription <em>Description</em>}</li>
 *   <li>{@link org.ptl.model.ConcurrentBlock#getCpus <em>Cpus</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getConcurrentBlock()
 * @model
 * @generated
 */
public interface ConcurrentBlock extends Step
{
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.ptl.model.PtlPackage#getConcurrentBlock_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.ptl.model.ConcurrentBlock#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Cpus</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Cpu}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpus</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getConcurrentBlock_Cpus()
	 * @model containment="true"
	 * @generated
	 */
	EList<Cpu> getCpus();

} // ConcurrentBlock
