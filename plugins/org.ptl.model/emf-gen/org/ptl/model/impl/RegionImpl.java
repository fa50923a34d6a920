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

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.ptl.model.Expression;
import org.ptl.model.GrowthDirection;
import org.ptl.model.PtlPackage;
import org.ptl.model.Region;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Region</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.RegionImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.ptl.model.impl.RegionImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.ptl.model.impl.RegionImpl#getBase <em>Base</em>}</li>
 *   <li>{@link org.ptl.model.impl.RegionImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.ptl.model.impl.RegionImpl#getLimit <em>Limit</em>}</li>
 *   <li>{@link org.ptl.model.impl.RegionImpl#getKeptBit <em>Kept Bit</em>}</li>
 *   <li>{@link org.ptl.model.impl.RegionImpl#getOverlaps <em>Overlaps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegionImpl extends NamedImpl implements Region
{
	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Expression start;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Expression end;

	/**
	 * The cached value of the '{@link #getBase() <em>Base</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected Expression base;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final GrowthDirection DIRECTION_EDEFAULT = GrowthDirection.UP;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected GrowthDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLimit() <em>Limit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimit()
	 * @generated
	 * @ordered
	 */
	protected Expression limit;

	/**
	 * The cached value of the '{@link #getKeptBit() <em>Kept Bit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeptBit()
	 * @generated
	 * @ordered
	 */
	protected Expression keptBit;

	/**
	 * The cached value of the '{@link #getOverlaps() <em>Overlaps</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlaps()
	 * @generated
	 * @ordered
	 */
	protected EList<Region> overlaps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegionImpl()
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
		return PtlPackage.Literals.REGION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expression getStart()
	{
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStart(Expression newStart, NotificationChain msgs)
	{
		Expression oldStart = start;
		start = newStart;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.REGION__START, oldStart, newStart);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Expression newStart)
	{
		if (newStart != start)
		{
			NotificationChain msgs = null;
			if (start != null)
				msgs = ((InternalEObject)start).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.REGION__START, null, msgs);
			if (newStart != null)
				msgs = ((InternalEObject)newStart).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.REGION__START, null, msgs);
			msgs = basicSetStart(newStart, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.REGION__START, newStart, newStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expression getEnd()
	{
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEnd(Expression newEnd, NotificationChain msgs)
	{
		Expression oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.REGION__END, oldEnd, newEnd);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Expression newEnd)
	{
		if (newEnd != end)
		{
			NotificationChain msgs = null;
			if (end != null)
				msgs = ((InternalEObject)end).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.REGION__END, null, msgs);
			if (newEnd != null)
				msgs = ((InternalEObject)newEnd).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.REGION__END, null, msgs);
			msgs = basicSetEnd(newEnd, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.REGION__END, newEnd, newEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expression getBase()
	{
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBase(Expression newBase, NotificationChain msgs)
	{
		Expression oldBase = base;
		base = newBase;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.REGION__BASE, oldBase, newBase);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBase(Expression newBase)
	{
		if (newBase != base)
		{
			NotificationChain msgs = null;
			if (base != null)
				msgs = ((InternalEObject)base).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.REGION__BASE, null, msgs);
			if (newBase != null)
				msgs = ((InternalEObject)newBase).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.REGION__BASE, null, msgs);
			msgs = basicSetBase(newBase, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.REGION__BASE, newBase, newBase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GrowthDirection getDirection()
	{
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(GrowthDirection newDirection)
	{
		GrowthDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.REGION__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expression getLimit()
	{
		return limit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLimit(Expression newLimit, NotificationChain msgs)
	{
		Expression oldLimit = limit;
		limit = newLimit;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.REGION__LIMIT, oldLimit, newLimit);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLimit(Expression newLimit)
	{
		if (newLimit != limit)
		{
			NotificationChain msgs = null;
			if (limit != null)
				msgs = ((InternalEObject)limit).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.REGION__LIMIT, null, msgs);
			if (newLimit != null)
				msgs = ((InternalEObject)newLimit).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.REGION__LIMIT, null, msgs);
			msgs = basicSetLimit(newLimit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.REGION__LIMIT, newLimit, newLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expression getKeptBit()
	{
		return keptBit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetKeptBit(Expression newKeptBit, NotificationChain msgs)
	{
		Expression oldKeptBit = keptBit;
		keptBit = newKeptBit;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.REGION__KEPT_BIT, oldKeptBit, newKeptBit);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeptBit(Expression newKeptBit)
	{
		if (newKeptBit != keptBit)
		{
			NotificationChain msgs = null;
			if (keptBit != null)
				msgs = ((InternalEObject)keptBit).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.REGION__KEPT_BIT, null, msgs);
			if (newKeptBit != null)
				msgs = ((InternalEObject)newKeptBit).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.REGION__KEPT_BIT, null, msgs);
			msgs = basicSetKeptBit(newKeptBit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.REGION__KEPT_BIT, newKeptBit, newKeptBit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Region> getOverlaps()
	{
		if (overlaps == null)
		{
			overlaps = new EObjectResolvingEList<Region>(Region.class, this, PtlPackage.REGION__OVERLAPS);
		}
		return overlaps;
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
			case PtlPackage.REGION__START:
				return basicSetStart(null, msgs);
			case PtlPackage.REGION__END:
				return basicSetEnd(null, msgs);
			case PtlPackage.REGION__BASE:
				return basicSetBase(null, msgs);
			case PtlPackage.REGION__LIMIT:
				return basicSetLimit(null, msgs);
			case PtlPackage.REGION__KEPT_BIT:
				return basicSetKeptBit(null, msgs);
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
			case PtlPackage.REGION__START:
				return getStart();
			case PtlPackage.REGION__END:
				return getEnd();
			case PtlPackage.REGION__BASE:
				return getBase();
			case PtlPackage.REGION__DIRECTION:
				return getDirection();
			case PtlPackage.REGION__LIMIT:
				return getLimit();
			case PtlPackage.REGION__KEPT_BIT:
				return getKeptBit();
			case PtlPackage.REGION__OVERLAPS:
				return getOverlaps();
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
			case PtlPackage.REGION__START:
				setStart((Expression)newValue);
				return;
			case PtlPackage.REGION__END:
				setEnd((Expression)newValue);
				return;
			case PtlPackage.REGION__BASE:
				setBase((Expression)newValue);
				return;
			case PtlPackage.REGION__DIRECTION:
				setDirection((GrowthDirection)newValue);
				return;
			case PtlPackage.REGION__LIMIT:
				setLimit((Expression)newValue);
				return;
			case PtlPackage.REGION__KEPT_BIT:
				setKeptBit((Expression)newValue);
				return;
			case PtlPackage.REGION__OVERLAPS:
				getOverlaps().clear();
				getOverlaps().addAll((Collection<? extends Region>)newValue);
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
			case PtlPackage.REGION__START:
				setStart((Expression)null);
				return;
			case PtlPackage.REGION__END:
				setEnd((Expression)null);
				return;
			case PtlPackage.REGION__BASE:
				setBase((Expression)null);
				return;
			case PtlPackage.REGION__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case PtlPackage.REGION__LIMIT:
				setLimit((Expression)null);
				return;
			case PtlPackage.REGION__KEPT_BIT:
				setKeptBit((Expression)null);
				return;
			case PtlPackage.REGION__OVERLAPS:
				getOverlaps().clear();
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
			case PtlPackage.REGION__START:
				return start != null;
			case PtlPackage.REGION__END:
				return end != null;
			case PtlPackage.REGION__BASE:
				return base != null;
			case PtlPackage.REGION__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case PtlPackage.REGION__LIMIT:
				return limit != null;
			case PtlPackage.REGION__KEPT_BIT:
				return keptBit != null;
			case PtlPackage.REGION__OVERLAPS:
				return overlaps != null && !overlaps.isEmpty();
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
		result.append(" (direction: ");
		result.append(direction);
		result.append(')');
		return result.toString();
	}

} //RegionImpl
