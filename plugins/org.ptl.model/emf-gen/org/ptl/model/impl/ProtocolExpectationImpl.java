/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.ptl.model.ActionCall;
import org.ptl.model.Predicate;
import org.ptl.model.ProtocolExpectation;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Protocol Expectation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.ProtocolExpectationImpl#getPredicate <em>Predicate</em>}</li>
 *   <li>{@link org.ptl.model.impl.ProtocolExpectationImpl#isInvariantsHold <em>Invariants Hold</em>}</li>
 *   <li>{@link org.ptl.model.impl.ProtocolExpectationImpl#getDisabled <em>Disabled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProtocolExpectationImpl extends ProtocolStepImpl implements ProtocolExpectation
{
	/**
	 * The cached value of the '{@link #getPredicate() <em>Predicate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredicate()
	 * @generated
	 * @ordered
	 */
	protected Predicate predicate;

	/**
	 * The default value of the '{@link #isInvariantsHold() <em>Invariants Hold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInvariantsHold()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INVARIANTS_HOLD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInvariantsHold() <em>Invariants Hold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInvariantsHold()
	 * @generated
	 * @ordered
	 */
	protected boolean invariantsHold = INVARIANTS_HOLD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDisabled() <em>Disabled</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisabled()
	 * @generated
	 * @ordered
	 */
	protected ActionCall disabled;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtocolExpectationImpl()
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
		return PtlPackage.Literals.PROTOCOL_EXPECTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Predicate getPredicate()
	{
		return predicate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPredicate(Predicate newPredicate, NotificationChain msgs)
	{
		Predicate oldPredicate = predicate;
		predicate = newPredicate;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.PROTOCOL_EXPECTATION__PREDICATE, oldPredicate, newPredicate);
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
	public void setPredicate(Predicate newPredicate)
	{
		if (newPredicate != predicate)
		{
			NotificationChain msgs = null;
			if (predicate != null)
				msgs = ((InternalEObject)predicate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.PROTOCOL_EXPECTATION__PREDICATE, null, msgs);
			if (newPredicate != null)
				msgs = ((InternalEObject)newPredicate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.PROTOCOL_EXPECTATION__PREDICATE, null, msgs);
			msgs = basicSetPredicate(newPredicate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.PROTOCOL_EXPECTATION__PREDICATE, newPredicate, newPredicate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInvariantsHold()
	{
		return invariantsHold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInvariantsHold(boolean newInvariantsHold)
	{
		boolean oldInvariantsHold = invariantsHold;
		invariantsHold = newInvariantsHold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.PROTOCOL_EXPECTATION__INVARIANTS_HOLD, oldInvariantsHold, invariantsHold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionCall getDisabled()
	{
		return disabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDisabled(ActionCall newDisabled, NotificationChain msgs)
	{
		ActionCall oldDisabled = disabled;
		disabled = newDisabled;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.PROTOCOL_EXPECTATION__DISABLED, oldDisabled, newDisabled);
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
	public void setDisabled(ActionCall newDisabled)
	{
		if (newDisabled != disabled)
		{
			NotificationChain msgs = null;
			if (disabled != null)
				msgs = ((InternalEObject)disabled).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.PROTOCOL_EXPECTATION__DISABLED, null, msgs);
			if (newDisabled != null)
				msgs = ((InternalEObject)newDisabled).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.PROTOCOL_EXPECTATION__DISABLED, null, msgs);
			msgs = basicSetDisabled(newDisabled, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.PROTOCOL_EXPECTATION__DISABLED, newDisabled, newDisabled));
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
			case PtlPackage.PROTOCOL_EXPECTATION__PREDICATE:
				return basicSetPredicate(null, msgs);
			case PtlPackage.PROTOCOL_EXPECTATION__DISABLED:
				return basicSetDisabled(null, msgs);
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
			case PtlPackage.PROTOCOL_EXPECTATION__PREDICATE:
				return getPredicate();
			case PtlPackage.PROTOCOL_EXPECTATION__INVARIANTS_HOLD:
				return isInvariantsHold();
			case PtlPackage.PROTOCOL_EXPECTATION__DISABLED:
				return getDisabled();
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
			case PtlPackage.PROTOCOL_EXPECTATION__PREDICATE:
				setPredicate((Predicate)newValue);
				return;
			case PtlPackage.PROTOCOL_EXPECTATION__INVARIANTS_HOLD:
				setInvariantsHold((Boolean)newValue);
				return;
			case PtlPackage.PROTOCOL_EXPECTATION__DISABLED:
				setDisabled((ActionCall)newValue);
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
			case PtlPackage.PROTOCOL_EXPECTATION__PREDICATE:
				setPredicate((Predicate)null);
				return;
			case PtlPackage.PROTOCOL_EXPECTATION__INVARIANTS_HOLD:
				setInvariantsHold(INVARIANTS_HOLD_EDEFAULT);
				return;
			case PtlPackage.PROTOCOL_EXPECTATION__DISABLED:
				setDisabled((ActionCall)null);
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
			case PtlPackage.PROTOCOL_EXPECTATION__PREDICATE:
				return predicate != null;
			case PtlPackage.PROTOCOL_EXPECTATION__INVARIANTS_HOLD:
				return invariantsHold != INVARIANTS_HOLD_EDEFAULT;
			case PtlPackage.PROTOCOL_EXPECTATION__DISABLED:
				return disabled != null;
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
		result.append(" (invariantsHold: ");
		result.append(invariantsHold);
		result.append(')');
		return result.toString();
	}

} //ProtocolExpectationImpl
