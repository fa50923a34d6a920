/**
 */
package org.ptl.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.ptl.model.Descriptor;
import org.ptl.model.Format;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Format</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.FormatImpl#getGranule <em>Granule</em>}</li>
 *   <li>{@link org.ptl.model.impl.FormatImpl#getInputBits <em>Input Bits</em>}</li>
 *   <li>{@link org.ptl.model.impl.FormatImpl#getOutputBits <em>Output Bits</em>}</li>
 *   <li>{@link org.ptl.model.impl.FormatImpl#getFirstLevel <em>First Level</em>}</li>
 *   <li>{@link org.ptl.model.impl.FormatImpl#getLastLevel <em>Last Level</em>}</li>
 *   <li>{@link org.ptl.model.impl.FormatImpl#getRootPages <em>Root Pages</em>}</li>
 *   <li>{@link org.ptl.model.impl.FormatImpl#getStride <em>Stride</em>}</li>
 *   <li>{@link org.ptl.model.impl.FormatImpl#isLpa2 <em>Lpa2</em>}</li>
 *   <li>{@link org.ptl.model.impl.FormatImpl#getBlockLevels <em>Block Levels</em>}</li>
 *   <li>{@link org.ptl.model.impl.FormatImpl#getDescriptors <em>Descriptors</em>}</li>
 *   <li>{@link org.ptl.model.impl.FormatImpl#getDescriptorsFrom <em>Descriptors From</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FormatImpl extends ElementImpl implements Format
{
	/**
	 * The default value of the '{@link #getGranule() <em>Granule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGranule()
	 * @generated
	 * @ordered
	 */
	protected static final long GRANULE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGranule() <em>Granule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGranule()
	 * @generated
	 * @ordered
	 */
	protected long granule = GRANULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputBits() <em>Input Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputBits()
	 * @generated
	 * @ordered
	 */
	protected static final int INPUT_BITS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getInputBits() <em>Input Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputBits()
	 * @generated
	 * @ordered
	 */
	protected int inputBits = INPUT_BITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputBits() <em>Output Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputBits()
	 * @generated
	 * @ordered
	 */
	protected static final int OUTPUT_BITS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOutputBits() <em>Output Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputBits()
	 * @generated
	 * @ordered
	 */
	protected int outputBits = OUTPUT_BITS_EDEFAULT;

	/**
	 * This is true if the Output Bits attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean outputBitsESet;

	/**
	 * The default value of the '{@link #getFirstLevel() <em>First Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstLevel() <em>First Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstLevel()
	 * @generated
	 * @ordered
	 */
	protected int firstLevel = FIRST_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastLevel() <em>Last Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLastLevel() <em>Last Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastLevel()
	 * @generated
	 * @ordered
	 */
	protected int lastLevel = LAST_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRootPages() <em>Root Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootPages()
	 * @generated
	 * @ordered
	 */
	protected static final int ROOT_PAGES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRootPages() <em>Root Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootPages()
	 * @generated
	 * @ordered
	 */
	protected int rootPages = ROOT_PAGES_EDEFAULT;

	/**
	 * This is true if the Root Pages attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean rootPagesESet;

	/**
	 * The default value of the '{@link #getStride() <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStride()
	 * @generated
	 * @ordered
	 */
	protected static final int STRIDE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStride() <em>Stride</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStride()
	 * @generated
	 * @ordered
	 */
	protected int stride = STRIDE_EDEFAULT;

	/**
	 * This is true if the Stride attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean strideESet;

	/**
	 * The default value of the '{@link #isLpa2() <em>Lpa2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLpa2()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LPA2_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLpa2() <em>Lpa2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLpa2()
	 * @generated
	 * @ordered
	 */
	protected boolean lpa2 = LPA2_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBlockLevels() <em>Block Levels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockLevels()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> blockLevels;

	/**
	 * The cached value of the '{@link #getDescriptors() <em>Descriptors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptors()
	 * @generated
	 * @ordered
	 */
	protected EList<Descriptor> descriptors;

	/**
	 * The cached value of the '{@link #getDescriptorsFrom() <em>Descriptors From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptorsFrom()
	 * @generated
	 * @ordered
	 */
	protected Format descriptorsFrom;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FormatImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return PtlPackage.Literals.FORMAT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGranule()
	{
		return granule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGranule(long newGranule)
	{
		long oldGranule = granule;
		granule = newGranule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.FORMAT__GRANULE, oldGranule, granule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInputBits()
	{
		return inputBits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputBits(int newInputBits)
	{
		int oldInputBits = inputBits;
		inputBits = newInputBits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.FORMAT__INPUT_BITS, oldInputBits, inputBits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOutputBits()
	{
		return outputBits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputBits(int newOutputBits)
	{
		int oldOutputBits = outputBits;
		outputBits = newOutputBits;
		boolean oldOutputBitsESet = outputBitsESet;
		outputBitsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.FORMAT__OUTPUT_BITS, oldOutputBits, outputBits, !oldOutputBitsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOutputBits()
	{
		int oldOutputBits = outputBits;
		boolean oldOutputBitsESet = outputBitsESet;
		outputBits = OUTPUT_BITS_EDEFAULT;
		outputBitsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PtlPackage.FORMAT__OUTPUT_BITS, oldOutputBits, OUTPUT_BITS_EDEFAULT, oldOutputBitsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOutputBits()
	{
		return outputBitsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstLevel()
	{
		return firstLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstLevel(int newFirstLevel)
	{
		int oldFirstLevel = firstLevel;
		firstLevel = newFirstLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.FORMAT__FIRST_LEVEL, oldFirstLevel, firstLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastLevel()
	{
		return lastLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastLevel(int newLastLevel)
	{
		int oldLastLevel = lastLevel;
		lastLevel = newLastLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.FORMAT__LAST_LEVEL, oldLastLevel, lastLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRootPages()
	{
		return rootPages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRootPages(int newRootPages)
	{
		int oldRootPages = rootPages;
		rootPages = newRootPages;
		boolean oldRootPagesESet = rootPagesESet;
		rootPagesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.FORMAT__ROOT_PAGES, oldRootPages, rootPages, !oldRootPagesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRootPages()
	{
		int oldRootPages = rootPages;
		boolean oldRootPagesESet = rootPagesESet;
		rootPages = ROOT_PAGES_EDEFAULT;
		rootPagesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PtlPackage.FORMAT__ROOT_PAGES, oldRootPages, ROOT_PAGES_EDEFAULT, oldRootPagesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRootPages()
	{
		return rootPagesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStride()
	{
		return stride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStride(int newStride)
	{
		int oldStride = stride;
		stride = newStride;
		boolean oldStrideESet = strideESet;
		strideESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.FORMAT__STRIDE, oldStride, stride, !oldStrideESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStride()
	{
		int oldStride = stride;
		boolean oldStrideESet = strideESet;
		stride = STRIDE_EDEFAULT;
		strideESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PtlPackage.FORMAT__STRIDE, oldStride, STRIDE_EDEFAULT, oldStrideESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStride()
	{
		return strideESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLpa2()
	{
		return lpa2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLpa2(boolean newLpa2)
	{
		boolean oldLpa2 = lpa2;
		lpa2 = newLpa2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.FORMAT__LPA2, oldLpa2, lpa2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getBlockLevels()
	{
		if (blockLevels == null)
		{
			blockLevels = new EDataTypeEList<Integer>(Integer.class, this, PtlPackage.FORMAT__BLOCK_LEVELS);
		}
		return blockLevels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Descriptor> getDescriptors()
	{
		if (descriptors == null)
		{
			descriptors = new EObjectContainmentEList<Descriptor>(Descriptor.class, this, PtlPackage.FORMAT__DESCRIPTORS);
		}
		return descriptors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Format getDescriptorsFrom()
	{
		if (descriptorsFrom != null && descriptorsFrom.eIsProxy())
		{
			InternalEObject oldDescriptorsFrom = (InternalEObject)descriptorsFrom;
			descriptorsFrom = (Format)eResolveProxy(oldDescriptorsFrom);
			if (descriptorsFrom != oldDescriptorsFrom)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.FORMAT__DESCRIPTORS_FROM, oldDescriptorsFrom, descriptorsFrom));
			}
		}
		return descriptorsFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Format basicGetDescriptorsFrom()
	{
		return descriptorsFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptorsFrom(Format newDescriptorsFrom)
	{
		Format oldDescriptorsFrom = descriptorsFrom;
		descriptorsFrom = newDescriptorsFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.FORMAT__DESCRIPTORS_FROM, oldDescriptorsFrom, descriptorsFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case PtlPackage.FORMAT__DESCRIPTORS:
				return ((InternalEList<?>)getDescriptors()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case PtlPackage.FORMAT__GRANULE:
				return getGranule();
			case PtlPackage.FORMAT__INPUT_BITS:
				return getInputBits();
			case PtlPackage.FORMAT__OUTPUT_BITS:
				return getOutputBits();
			case PtlPackage.FORMAT__FIRST_LEVEL:
				return getFirstLevel();
			case PtlPackage.FORMAT__LAST_LEVEL:
				return getLastLevel();
			case PtlPackage.FORMAT__ROOT_PAGES:
				return getRootPages();
			case PtlPackage.FORMAT__STRIDE:
				return getStride();
			case PtlPackage.FORMAT__LPA2:
				return isLpa2();
			case PtlPackage.FORMAT__BLOCK_LEVELS:
				return getBlockLevels();
			case PtlPackage.FORMAT__DESCRIPTORS:
				return getDescriptors();
			case PtlPackage.FORMAT__DESCRIPTORS_FROM:
				if (resolve) return getDescriptorsFrom();
				return basicGetDescriptorsFrom();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PtlPackage.FORMAT__GRANULE:
				setGranule((Long)newValue);
				return;
			case PtlPackage.FORMAT__INPUT_BITS:
				setInputBits((Integer)newValue);
				return;
			case PtlPackage.FORMAT__OUTPUT_BITS:
				setOutputBits((Integer)newValue);
				return;
			case PtlPackage.FORMAT__FIRST_LEVEL:
				setFirstLevel((Integer)newValue);
				return;
			case PtlPackage.FORMAT__LAST_LEVEL:
				setLastLevel((Integer)newValue);
				return;
			case PtlPackage.FORMAT__ROOT_PAGES:
				setRootPages((Integer)newValue);
				return;
			case PtlPackage.FORMAT__STRIDE:
				setStride((Integer)newValue);
				return;
			case PtlPackage.FORMAT__LPA2:
				setLpa2((Boolean)newValue);
				return;
			case PtlPackage.FORMAT__BLOCK_LEVELS:
				getBlockLevels().clear();
				getBlockLevels().addAll((Collection<? extends Integer>)newValue);
				return;
			case PtlPackage.FORMAT__DESCRIPTORS:
				getDescriptors().clear();
				getDescriptors().addAll((Collection<? extends Descriptor>)newValue);
				return;
			case PtlPackage.FORMAT__DESCRIPTORS_FROM:
				setDescriptorsFrom((Format)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case PtlPackage.FORMAT__GRANULE:
				setGranule(GRANULE_EDEFAULT);
				return;
			case PtlPackage.FORMAT__INPUT_BITS:
				setInputBits(INPUT_BITS_EDEFAULT);
				return;
			case PtlPackage.FORMAT__OUTPUT_BITS:
				unsetOutputBits();
				return;
			case PtlPackage.FORMAT__FIRST_LEVEL:
				setFirstLevel(FIRST_LEVEL_EDEFAULT);
				return;
			case PtlPackage.FORMAT__LAST_LEVEL:
				setLastLevel(LAST_LEVEL_EDEFAULT);
				return;
			case PtlPackage.FORMAT__ROOT_PAGES:
				unsetRootPages();
				return;
			case PtlPackage.FORMAT__STRIDE:
				unsetStride();
				return;
			case PtlPackage.FORMAT__LPA2:
				setLpa2(LPA2_EDEFAULT);
				return;
			case PtlPackage.FORMAT__BLOCK_LEVELS:
				getBlockLevels().clear();
				return;
			case PtlPackage.FORMAT__DESCRIPTORS:
				getDescriptors().clear();
				return;
			case PtlPackage.FORMAT__DESCRIPTORS_FROM:
				setDescriptorsFrom((Format)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case PtlPackage.FORMAT__GRANULE:
				return granule != GRANULE_EDEFAULT;
			case PtlPackage.FORMAT__INPUT_BITS:
				return inputBits != INPUT_BITS_EDEFAULT;
			case PtlPackage.FORMAT__OUTPUT_BITS:
				return isSetOutputBits();
			case PtlPackage.FORMAT__FIRST_LEVEL:
				return firstLevel != FIRST_LEVEL_EDEFAULT;
			case PtlPackage.FORMAT__LAST_LEVEL:
				return lastLevel != LAST_LEVEL_EDEFAULT;
			case PtlPackage.FORMAT__ROOT_PAGES:
				return isSetRootPages();
			case PtlPackage.FORMAT__STRIDE:
				return isSetStride();
			case PtlPackage.FORMAT__LPA2:
				return lpa2 != LPA2_EDEFAULT;
			case PtlPackage.FORMAT__BLOCK_LEVELS:
				return blockLevels != null && !blockLevels.isEmpty();
			case PtlPackage.FORMAT__DESCRIPTORS:
				return descriptors != null && !descriptors.isEmpty();
			case PtlPackage.FORMAT__DESCRIPTORS_FROM:
				return descriptorsFrom != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (granule: ");
		result.append(granule);
		result.append(", inputBits: ");
		result.append(inputBits);
		result.append(", outputBits: ");
		if (outputBitsESet) result.append(outputBits); else result.append("<unset>");
		result.append(", firstLevel: ");
		result.append(firstLevel);
		result.append(", lastLevel: ");
		result.append(lastLevel);
		result.append(", rootPages: ");
		if (rootPagesESet) result.append(rootPages); else result.append("<unset>");
		result.append(", stride: ");
		if (strideESet) result.append(stride); else result.append("<unset>");
		result.append(", lpa2: ");
		result.append(lpa2);
		result.append(", blockLevels: ");
		result.append(blockLevels);
		result.append(')');
		return result.toString();
	}

} //FormatImpl
