/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.ptl.model.PtlPackage;
import org.ptl.model.SplitStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Split Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.SplitStepImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.ptl.model.impl.SplitStepImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.ptl.model.impl.SplitStepImpl#getCachePages <em>Cache Pages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SplitStepImpl extends StepImpl implements SplitStep
{
	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final long ADDRESS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected long address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final long SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected long size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCachePages() <em>Cache Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCachePages()
	 * @generated
	 * @ordered
	 */
	protected static final int CACHE_PAGES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCachePages() <em>Cache Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCachePages()
	 * @generated
	 * @ordered
	 */
	protected int cachePages = CACHE_PAGES_EDEFAULT;

	/**
	 * This is true if the Cache Pages attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean cachePagesESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SplitStepImpl()
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
		return PtlPackage.Literals.SPLIT_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAddress()
	{
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(long newAddress)
	{
		long oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.SPLIT_STEP__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSize()
	{
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(long newSize)
	{
		long oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.SPLIT_STEP__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCachePages()
	{
		return cachePages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCachePages(int newCachePages)
	{
		int oldCachePages = cachePages;
		cachePages = newCachePages;
		boolean oldCachePagesESet = cachePagesESet;
		cachePagesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.SPLIT_STEP__CACHE_PAGES, oldCachePages, cachePages, !oldCachePagesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCachePages()
	{
		int oldCachePages = cachePages;
		boolean oldCachePagesESet = cachePagesESet;
		cachePages = CACHE_PAGES_EDEFAULT;
		cachePagesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PtlPackage.SPLIT_STEP__CACHE_PAGES, oldCachePages, CACHE_PAGES_EDEFAULT, oldCachePagesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCachePages()
	{
		return cachePagesESet;
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
			case PtlPackage.SPLIT_STEP__ADDRESS:
				return getAddress();
			case PtlPackage.SPLIT_STEP__SIZE:
				return getSize();
			case PtlPackage.SPLIT_STEP__CACHE_PAGES:
				return getCachePages();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PtlPackage.SPLIT_STEP__ADDRESS:
				setAddress((Long)newValue);
				return;
			case PtlPackage.SPLIT_STEP__SIZE:
				setSize((Long)newValue);
				return;
			case PtlPackage.SPLIT_STEP__CACHE_PAGES:
				setCachePages((Integer)newValue);
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
			case PtlPackage.SPLIT_STEP__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case PtlPackage.SPLIT_STEP__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case PtlPackage.SPLIT_STEP__CACHE_PAGES:
				unsetCachePages();
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
			case PtlPackage.SPLIT_STEP__ADDRESS:
				return address != ADDRESS_EDEFAULT;
			case PtlPackage.SPLIT_STEP__SIZE:
				return size != SIZE_EDEFAULT;
			case PtlPackage.SPLIT_STEP__CACHE_PAGES:
				return isSetCachePages();
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
		result.append(" (address: ");
		result.append(address);
		result.append(", size: ");
		result.append(size);
		result.append(", cachePages: ");
		if (cachePagesESet) result.append(cachePages); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //SplitStepImpl
