/**
 */
package org.ptl.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.ptl.model.MapStep;
import org.ptl.model.ProtFlag;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Map Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.MapStepImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.ptl.model.impl.MapStepImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.ptl.model.impl.MapStepImpl#getPa <em>Pa</em>}</li>
 *   <li>{@link org.ptl.model.impl.MapStepImpl#getProt <em>Prot</em>}</li>
 *   <li>{@link org.ptl.model.impl.MapStepImpl#getWalkFlags <em>Walk Flags</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MapStepImpl extends StepImpl implements MapStep
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
	 * The default value of the '{@link #getPa() <em>Pa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPa()
	 * @generated
	 * @ordered
	 */
	protected static final long PA_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPa() <em>Pa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPa()
	 * @generated
	 * @ordered
	 */
	protected long pa = PA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProt() <em>Prot</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProt()
	 * @generated
	 * @ordered
	 */
	protected EList<ProtFlag> prot;

	/**
	 * The cached value of the '{@link #getWalkFlags() <em>Walk Flags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWalkFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> walkFlags;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MapStepImpl()
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
		return PtlPackage.Literals.MAP_STEP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.MAP_STEP__ADDRESS, oldAddress, address));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.MAP_STEP__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPa()
	{
		return pa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPa(long newPa)
	{
		long oldPa = pa;
		pa = newPa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.MAP_STEP__PA, oldPa, pa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProtFlag> getProt()
	{
		if (prot == null)
		{
			prot = new EObjectResolvingEList<ProtFlag>(ProtFlag.class, this, PtlPackage.MAP_STEP__PROT);
		}
		return prot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWalkFlags()
	{
		if (walkFlags == null)
		{
			walkFlags = new EDataTypeEList<String>(String.class, this, PtlPackage.MAP_STEP__WALK_FLAGS);
		}
		return walkFlags;
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
			case PtlPackage.MAP_STEP__ADDRESS:
				return getAddress();
			case PtlPackage.MAP_STEP__SIZE:
				return getSize();
			case PtlPackage.MAP_STEP__PA:
				return getPa();
			case PtlPackage.MAP_STEP__PROT:
				return getProt();
			case PtlPackage.MAP_STEP__WALK_FLAGS:
				return getWalkFlags();
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
			case PtlPackage.MAP_STEP__ADDRESS:
				setAddress((Long)newValue);
				return;
			case PtlPackage.MAP_STEP__SIZE:
				setSize((Long)newValue);
				return;
			case PtlPackage.MAP_STEP__PA:
				setPa((Long)newValue);
				return;
			case PtlPackage.MAP_STEP__PROT:
				getProt().clear();
				getProt().addAll((Collection<? extends ProtFlag>)newValue);
				return;
			case PtlPackage.MAP_STEP__WALK_FLAGS:
				getWalkFlags().clear();
				getWalkFlags().addAll((Collection<? extends String>)newValue);
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
			case PtlPackage.MAP_STEP__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case PtlPackage.MAP_STEP__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case PtlPackage.MAP_STEP__PA:
				setPa(PA_EDEFAULT);
				return;
			case PtlPackage.MAP_STEP__PROT:
				getProt().clear();
				return;
			case PtlPackage.MAP_STEP__WALK_FLAGS:
				getWalkFlags().clear();
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
			case PtlPackage.MAP_STEP__ADDRESS:
				return address != ADDRESS_EDEFAULT;
			case PtlPackage.MAP_STEP__SIZE:
				return size != SIZE_EDEFAULT;
			case PtlPackage.MAP_STEP__PA:
				return pa != PA_EDEFAULT;
			case PtlPackage.MAP_STEP__PROT:
				return prot != null && !prot.isEmpty();
			case PtlPackage.MAP_STEP__WALK_FLAGS:
				return walkFlags != null && !walkFlags.isEmpty();
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
		result.append(", pa: ");
		result.append(pa);
		result.append(", walkFlags: ");
		result.append(walkFlags);
		result.append(')');
		return result.toString();
	}

} //MapStepImpl
