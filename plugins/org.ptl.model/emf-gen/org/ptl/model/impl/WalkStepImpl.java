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

import org.ptl.model.PtlPackage;
import org.ptl.model.VisitorOutcome;
import org.ptl.model.WalkStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Walk Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.WalkStepImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.ptl.model.impl.WalkStepImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.ptl.model.impl.WalkStepImpl#getVisits <em>Visits</em>}</li>
 *   <li>{@link org.ptl.model.impl.WalkStepImpl#getWalkFlags <em>Walk Flags</em>}</li>
 *   <li>{@link org.ptl.model.impl.WalkStepImpl#getOutcomes <em>Outcomes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WalkStepImpl extends StepImpl implements WalkStep
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
	 * The cached value of the '{@link #getVisits() <em>Visits</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisits()
	 * @generated
	 * @ordered
	 */
	protected EList<String> visits;

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
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<VisitorOutcome> outcomes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WalkStepImpl()
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
		return PtlPackage.Literals.WALK_STEP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.WALK_STEP__ADDRESS, oldAddress, address));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.WALK_STEP__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getVisits()
	{
		if (visits == null)
		{
			visits = new EDataTypeEList<String>(String.class, this, PtlPackage.WALK_STEP__VISITS);
		}
		return visits;
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
			walkFlags = new EDataTypeEList<String>(String.class, this, PtlPackage.WALK_STEP__WALK_FLAGS);
		}
		return walkFlags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VisitorOutcome> getOutcomes()
	{
		if (outcomes == null)
		{
			outcomes = new EObjectContainmentEList<VisitorOutcome>(VisitorOutcome.class, this, PtlPackage.WALK_STEP__OUTCOMES);
		}
		return outcomes;
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
			case PtlPackage.WALK_STEP__OUTCOMES:
				return ((InternalEList<?>)getOutcomes()).basicRemove(otherEnd, msgs);
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
			case PtlPackage.WALK_STEP__ADDRESS:
				return getAddress();
			case PtlPackage.WALK_STEP__SIZE:
				return getSize();
			case PtlPackage.WALK_STEP__VISITS:
				return getVisits();
			case PtlPackage.WALK_STEP__WALK_FLAGS:
				return getWalkFlags();
			case PtlPackage.WALK_STEP__OUTCOMES:
				return getOutcomes();
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
			case PtlPackage.WALK_STEP__ADDRESS:
				setAddress((Long)newValue);
				return;
			case PtlPackage.WALK_STEP__SIZE:
				setSize((Long)newValue);
				return;
			case PtlPackage.WALK_STEP__VISITS:
				getVisits().clear();
				getVisits().addAll((Collection<? extends String>)newValue);
				return;
			case PtlPackage.WALK_STEP__WALK_FLAGS:
				getWalkFlags().clear();
				getWalkFlags().addAll((Collection<? extends String>)newValue);
				return;
			case PtlPackage.WALK_STEP__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends VisitorOutcome>)newValue);
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
			case PtlPackage.WALK_STEP__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case PtlPackage.WALK_STEP__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case PtlPackage.WALK_STEP__VISITS:
				getVisits().clear();
				return;
			case PtlPackage.WALK_STEP__WALK_FLAGS:
				getWalkFlags().clear();
				return;
			case PtlPackage.WALK_STEP__OUTCOMES:
				getOutcomes().clear();
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
			case PtlPackage.WALK_STEP__ADDRESS:
				return address != ADDRESS_EDEFAULT;
			case PtlPackage.WALK_STEP__SIZE:
				return size != SIZE_EDEFAULT;
			case PtlPackage.WALK_STEP__VISITS:
				return visits != null && !visits.isEmpty();
			case PtlPackage.WALK_STEP__WALK_FLAGS:
				return walkFlags != null && !walkFlags.isEmpty();
			case PtlPackage.WALK_STEP__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
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
		result.append(", visits: ");
		result.append(visits);
		result.append(", walkFlags: ");
		result.append(walkFlags);
		result.append(')');
		return result.toString();
	}

} //WalkStepImpl
