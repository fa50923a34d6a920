/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.ptl.model.OutcomePattern;
import org.ptl.model.PtlPackage;
import org.ptl.model.VisitorOutcome;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Visitor Outcome</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.VisitorOutcomeImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.ptl.model.impl.VisitorOutcomeImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.ptl.model.impl.VisitorOutcomeImpl#isOtherwise <em>Otherwise</em>}</li>
 *   <li>{@link org.ptl.model.impl.VisitorOutcomeImpl#getTimes <em>Times</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VisitorOutcomeImpl extends MinimalEObjectImpl.Container implements VisitorOutcome
{
	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected OutcomePattern outcome;

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
	 * The default value of the '{@link #isOtherwise() <em>Otherwise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOtherwise()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OTHERWISE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOtherwise() <em>Otherwise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOtherwise()
	 * @generated
	 * @ordered
	 */
	protected boolean otherwise = OTHERWISE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimes() <em>Times</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimes()
	 * @generated
	 * @ordered
	 */
	protected static final int TIMES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTimes() <em>Times</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimes()
	 * @generated
	 * @ordered
	 */
	protected int times = TIMES_EDEFAULT;

	/**
	 * This is true if the Times attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean timesESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VisitorOutcomeImpl()
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
		return PtlPackage.Literals.VISITOR_OUTCOME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutcomePattern getOutcome()
	{
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOutcome(OutcomePattern newOutcome, NotificationChain msgs)
	{
		OutcomePattern oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.VISITOR_OUTCOME__OUTCOME, oldOutcome, newOutcome);
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
	public void setOutcome(OutcomePattern newOutcome)
	{
		if (newOutcome != outcome)
		{
			NotificationChain msgs = null;
			if (outcome != null)
				msgs = ((InternalEObject)outcome).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.VISITOR_OUTCOME__OUTCOME, null, msgs);
			if (newOutcome != null)
				msgs = ((InternalEObject)newOutcome).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.VISITOR_OUTCOME__OUTCOME, null, msgs);
			msgs = basicSetOutcome(newOutcome, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.VISITOR_OUTCOME__OUTCOME, newOutcome, newOutcome));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.VISITOR_OUTCOME__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOtherwise()
	{
		return otherwise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherwise(boolean newOtherwise)
	{
		boolean oldOtherwise = otherwise;
		otherwise = newOtherwise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.VISITOR_OUTCOME__OTHERWISE, oldOtherwise, otherwise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimes()
	{
		return times;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimes(int newTimes)
	{
		int oldTimes = times;
		times = newTimes;
		boolean oldTimesESet = timesESet;
		timesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.VISITOR_OUTCOME__TIMES, oldTimes, times, !oldTimesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTimes()
	{
		int oldTimes = times;
		boolean oldTimesESet = timesESet;
		times = TIMES_EDEFAULT;
		timesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PtlPackage.VISITOR_OUTCOME__TIMES, oldTimes, TIMES_EDEFAULT, oldTimesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTimes()
	{
		return timesESet;
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
			case PtlPackage.VISITOR_OUTCOME__OUTCOME:
				return basicSetOutcome(null, msgs);
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
			case PtlPackage.VISITOR_OUTCOME__OUTCOME:
				return getOutcome();
			case PtlPackage.VISITOR_OUTCOME__ADDRESS:
				return getAddress();
			case PtlPackage.VISITOR_OUTCOME__OTHERWISE:
				return isOtherwise();
			case PtlPackage.VISITOR_OUTCOME__TIMES:
				return getTimes();
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
			case PtlPackage.VISITOR_OUTCOME__OUTCOME:
				setOutcome((OutcomePattern)newValue);
				return;
			case PtlPackage.VISITOR_OUTCOME__ADDRESS:
				setAddress((Long)newValue);
				return;
			case PtlPackage.VISITOR_OUTCOME__OTHERWISE:
				setOtherwise((Boolean)newValue);
				return;
			case PtlPackage.VISITOR_OUTCOME__TIMES:
				setTimes((Integer)newValue);
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
			case PtlPackage.VISITOR_OUTCOME__OUTCOME:
				setOutcome((OutcomePattern)null);
				return;
			case PtlPackage.VISITOR_OUTCOME__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case PtlPackage.VISITOR_OUTCOME__OTHERWISE:
				setOtherwise(OTHERWISE_EDEFAULT);
				return;
			case PtlPackage.VISITOR_OUTCOME__TIMES:
				unsetTimes();
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
			case PtlPackage.VISITOR_OUTCOME__OUTCOME:
				return outcome != null;
			case PtlPackage.VISITOR_OUTCOME__ADDRESS:
				return address != ADDRESS_EDEFAULT;
			case PtlPackage.VISITOR_OUTCOME__OTHERWISE:
				return otherwise != OTHERWISE_EDEFAULT;
			case PtlPackage.VISITOR_OUTCOME__TIMES:
				return isSetTimes();
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
		result.append(", otherwise: ");
		result.append(otherwise);
		result.append(", times: ");
		if (timesESet) result.append(times); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //VisitorOutcomeImpl
