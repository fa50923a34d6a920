/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cpu</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One CPU of a concurrent block and the operations it performs, in order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Cpu#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getCpu()
 * @model
 * @generated
 */
public interface Cpu extends Named
{
	/**
	 * Returns the value of the '<em><b>Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.CpuOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operations</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getCpu_Operations()
	 * @model containment="true"
	 * @generated
	 */
	EList<CpuOperation> getOperations();

} // Cpu
