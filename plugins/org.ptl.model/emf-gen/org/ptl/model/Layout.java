/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An address-space layout as data (DOMAIN.md §4, §10): typed inputs with their ranges, values derived from them by expressions, address transformations, named regions, pictures of the address bits, assumptions about the inputs and invariants the layout must keep for every input.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Layout#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.ptl.model.Layout#getValues <em>Values</em>}</li>
 *   <li>{@link org.ptl.model.Layout#getTransforms <em>Transforms</em>}</li>
 *   <li>{@link org.ptl.model.Layout#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.ptl.model.Layout#getPictures <em>Pictures</em>}</li>
 *   <li>{@link org.ptl.model.Layout#getAssumptions <em>Assumptions</em>}</li>
 *   <li>{@link org.ptl.model.Layout#getInvariants <em>Invariants</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getLayout()
 * @model
 * @generated
 */
public interface Layout extends Element
{
	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.LayoutInput}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inputs</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getLayout_Inputs()
	 * @model containment="true"
	 * @generated
	 */
	EList<LayoutInput> getInputs();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.DerivedValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getLayout_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<DerivedValue> getValues();

	/**
	 * Returns the value of the '<em><b>Transforms</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Transform}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transforms</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getLayout_Transforms()
	 * @model containment="true"
	 * @generated
	 */
	EList<Transform> getTransforms();

	/**
	 * Returns the value of the '<em><b>Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Region}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regions</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getLayout_Regions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Region> getRegions();

	/**
	 * Returns the value of the '<em><b>Pictures</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.BitPicture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pictures</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getLayout_Pictures()
	 * @model containment="true"
	 * @generated
	 */
	EList<BitPicture> getPictures();

	/**
	 * Returns the value of the '<em><b>Assumptions</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.LayoutCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assumptions</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getLayout_Assumptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<LayoutCondition> getAssumptions();

	/**
	 * Returns the value of the '<em><b>Invariants</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.LayoutCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Invariants</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getLayout_Invariants()
	 * @model containment="true"
	 * @generated
	 */
	EList<LayoutCondition> getInvariants();

} // Layout
