/**
 */
package org.ptl.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Format</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A page-table format: the translation geometry (granule, input-address bits, level range, concatenated root pages, block levels) and the layout of every descriptor kind.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.Format#getGranule <em>Granule</em>}</li>
 *   <li>{@link org.ptl.model.Format#getInputBits <em>Input Bits</em>}</li>
 *   <li>{@link org.ptl.model.Format#getOutputBits <em>Output Bits</em>}</li>
 *   <li>{@link org.ptl.model.Format#getFirstLevel <em>First Level</em>}</li>
 *   <li>{@link org.ptl.model.Format#getLastLevel <em>Last Level</em>}</li>
 *   <li>{@link org.ptl.model.Format#getRootPages <em>Root Pages</em>}</li>
 *   <li>{@link org.ptl.model.Format#getStride <em>Stride</em>}</li>
 *   <li>{@link org.ptl.model.Format#isLpa2 <em>Lpa2</em>}</li>
 *   <li>{@link org.ptl.model.Format#getBlockLevels <em>Block Levels</em>}</li>
 *   <li>{@link org.ptl.model.Format#getDescriptors <em>Descriptors</em>}</li>
 *   <li>{@link org.ptl.model.Format#getDescriptorsFrom <em>Descriptors From</em>}</li>
 * </ul>
 *
 * @see org.ptl.model.PtlPackage#getFormat()
 * @model
 * @generated
 */
public interface Format extends Element
{
	/**
	 * Returns the value of the '<em><b>Granule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The translation granule (page size) in bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Granule</em>' attribute.
	 * @see #setGranule(long)
	 * @see org.ptl.model.PtlPackage#getFormat_Granule()
	 * @model
	 * @generated
	 */
	long getGranule();

	/**
	 * Sets the value of the '{@link org.ptl.model.Format#getGranule <em>Granule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Granule</em>' attribute.
	 * @see #getGranule()
	 * @generated
	 */
	void setGranule(long value);

	/**
	 * Returns the value of the '<em><b>Input Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Bits</em>' attribute.
	 * @see #setInputBits(int)
	 * @see org.ptl.model.PtlPackage#getFormat_InputBits()
	 * @model
	 * @generated
	 */
	int getInputBits();

	/**
	 * Sets the value of the '{@link org.ptl.model.Format#getInputBits <em>Input Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Bits</em>' attribute.
	 * @see #getInputBits()
	 * @generated
	 */
	void setInputBits(int value);

	/**
	 * Returns the value of the '<em><b>Output Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Bits</em>' attribute.
	 * @see #isSetOutputBits()
	 * @see #unsetOutputBits()
	 * @see #setOutputBits(int)
	 * @see org.ptl.model.PtlPackage#getFormat_OutputBits()
	 * @model unsettable="true"
	 * @generated
	 */
	int getOutputBits();

	/**
	 * Sets the value of the '{@link org.ptl.model.Format#getOutputBits <em>Output Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Bits</em>' attribute.
	 * @see #isSetOutputBits()
	 * @see #unsetOutputBits()
	 * @see #getOutputBits()
	 * @generated
	 */
	void setOutputBits(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.Format#getOutputBits <em>Output Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOutputBits()
	 * @see #getOutputBits()
	 * @see #setOutputBits(int)
	 * @generated
	 */
	void unsetOutputBits();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.Format#getOutputBits <em>Output Bits</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Output Bits</em>' attribute is set.
	 * @see #unsetOutputBits()
	 * @see #getOutputBits()
	 * @see #setOutputBits(int)
	 * @generated
	 */
	boolean isSetOutputBits();

	/**
	 * Returns the value of the '<em><b>First Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The start level of a walk (-1 with LPA2; for stage 2 it follows from VTCR_EL2.SL0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Level</em>' attribute.
	 * @see #setFirstLevel(int)
	 * @see org.ptl.model.PtlPackage#getFormat_FirstLevel()
	 * @model
	 * @generated
	 */
	int getFirstLevel();

	/**
	 * Sets the value of the '{@link org.ptl.model.Format#getFirstLevel <em>First Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Level</em>' attribute.
	 * @see #getFirstLevel()
	 * @generated
	 */
	void setFirstLevel(int value);

	/**
	 * Returns the value of the '<em><b>Last Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Level</em>' attribute.
	 * @see #setLastLevel(int)
	 * @see org.ptl.model.PtlPackage#getFormat_LastLevel()
	 * @model
	 * @generated
	 */
	int getLastLevel();

	/**
	 * Sets the value of the '{@link org.ptl.model.Format#getLastLevel <em>Last Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Level</em>' attribute.
	 * @see #getLastLevel()
	 * @generated
	 */
	void setLastLevel(int value);

	/**
	 * Returns the value of the '<em><b>Root Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many concatenated pages the root table spans (stage 2: kvm_pgd_pages()); one when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root Pages</em>' attribute.
	 * @see #isSetRootPages()
	 * @see #unsetRootPages()
	 * @see #setRootPages(int)
	 * @see org.ptl.model.PtlPackage#getFormat_RootPages()
	 * @model unsettable="true"
	 * @generated
	 */
	int getRootPages();

	/**
	 * Sets the value of the '{@link org.ptl.model.Format#getRootPages <em>Root Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Pages</em>' attribute.
	 * @see #isSetRootPages()
	 * @see #unsetRootPages()
	 * @see #getRootPages()
	 * @generated
	 */
	void setRootPages(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.Format#getRootPages <em>Root Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRootPages()
	 * @see #getRootPages()
	 * @see #setRootPages(int)
	 * @generated
	 */
	void unsetRootPages();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.Format#getRootPages <em>Root Pages</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Root Pages</em>' attribute is set.
	 * @see #unsetRootPages()
	 * @see #getRootPages()
	 * @see #setRootPages(int)
	 * @generated
	 */
	boolean isSetRootPages();

	/**
	 * Returns the value of the '<em><b>Stride</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Input-address bits resolved per level; page shift - 3 (8-byte descriptors) when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stride</em>' attribute.
	 * @see #isSetStride()
	 * @see #unsetStride()
	 * @see #setStride(int)
	 * @see org.ptl.model.PtlPackage#getFormat_Stride()
	 * @model unsettable="true"
	 * @generated
	 */
	int getStride();

	/**
	 * Sets the value of the '{@link org.ptl.model.Format#getStride <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stride</em>' attribute.
	 * @see #isSetStride()
	 * @see #unsetStride()
	 * @see #getStride()
	 * @generated
	 */
	void setStride(int value);

	/**
	 * Unsets the value of the '{@link org.ptl.model.Format#getStride <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStride()
	 * @see #getStride()
	 * @see #setStride(int)
	 * @generated
	 */
	void unsetStride();

	/**
	 * Returns whether the value of the '{@link org.ptl.model.Format#getStride <em>Stride</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Stride</em>' attribute is set.
	 * @see #unsetStride()
	 * @see #getStride()
	 * @see #setStride(int)
	 * @generated
	 */
	boolean isSetStride();

	/**
	 * Returns the value of the '<em><b>Lpa2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lpa2</em>' attribute.
	 * @see #setLpa2(boolean)
	 * @see org.ptl.model.PtlPackage#getFormat_Lpa2()
	 * @model
	 * @generated
	 */
	boolean isLpa2();

	/**
	 * Sets the value of the '{@link org.ptl.model.Format#isLpa2 <em>Lpa2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lpa2</em>' attribute.
	 * @see #isLpa2()
	 * @generated
	 */
	void setLpa2(boolean value);

	/**
	 * Returns the value of the '<em><b>Block Levels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Block Levels</em>' attribute list.
	 * @see org.ptl.model.PtlPackage#getFormat_BlockLevels()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getBlockLevels();

	/**
	 * Returns the value of the '<em><b>Descriptors</b></em>' containment reference list.
	 * The list contents are of type {@link org.ptl.model.Descriptor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Descriptors</em>' containment reference list.
	 * @see org.ptl.model.PtlPackage#getFormat_Descriptors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Descriptor> getDescriptors();

	/**
	 * Returns the value of the '<em><b>Descriptors From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another format whose descriptor layouts this one uses (the same descriptors under another geometry, as stage 2 with a 40-bit and a 48-bit IPA).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Descriptors From</em>' reference.
	 * @see #setDescriptorsFrom(Format)
	 * @see org.ptl.model.PtlPackage#getFormat_DescriptorsFrom()
	 * @model
	 * @generated
	 */
	Format getDescriptorsFrom();

	/**
	 * Sets the value of the '{@link org.ptl.model.Format#getDescriptorsFrom <em>Descriptors From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Descriptors From</em>' reference.
	 * @see #getDescriptorsFrom()
	 * @generated
	 */
	void setDescriptorsFrom(Format value);

} // Format
