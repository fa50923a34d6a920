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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.ptl.model.FlagTerm;
import org.ptl.model.OutcomePattern;
import org.ptl.model.PolicyRule;
import org.ptl.model.PtlPackage;
import org.ptl.model.WalkAction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.PolicyRuleImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.ptl.model.impl.PolicyRuleImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.ptl.model.impl.PolicyRuleImpl#isOtherwise <em>Otherwise</em>}</li>
 *   <li>{@link org.ptl.model.impl.PolicyRuleImpl#getAction <em>Action</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyRuleImpl extends MinimalEObjectImpl.Container implements PolicyRule
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
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<FlagTerm> conditions;

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
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final WalkAction ACTION_EDEFAULT = WalkAction.CONTINUE;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected WalkAction action = ACTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyRuleImpl()
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
		return PtlPackage.Literals.POLICY_RULE;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.POLICY_RULE__OUTCOME, oldOutcome, newOutcome);
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
				msgs = ((InternalEObject)outcome).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.POLICY_RULE__OUTCOME, null, msgs);
			if (newOutcome != null)
				msgs = ((InternalEObject)newOutcome).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.POLICY_RULE__OUTCOME, null, msgs);
			msgs = basicSetOutcome(newOutcome, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.POLICY_RULE__OUTCOME, newOutcome, newOutcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FlagTerm> getConditions()
	{
		if (conditions == null)
		{
			conditions = new EObjectContainmentEList<FlagTerm>(FlagTerm.class, this, PtlPackage.POLICY_RULE__CONDITIONS);
		}
		return conditions;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.POLICY_RULE__OTHERWISE, oldOtherwise, otherwise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WalkAction getAction()
	{
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(WalkAction newAction)
	{
		WalkAction oldAction = action;
		action = newAction == null ? ACTION_EDEFAULT : newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.POLICY_RULE__ACTION, oldAction, action));
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
			case PtlPackage.POLICY_RULE__OUTCOME:
				return basicSetOutcome(null, msgs);
			case PtlPackage.POLICY_RULE__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
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
			case PtlPackage.POLICY_RULE__OUTCOME:
				return getOutcome();
			case PtlPackage.POLICY_RULE__CONDITIONS:
				return getConditions();
			case PtlPackage.POLICY_RULE__OTHERWISE:
				return isOtherwise();
			case PtlPackage.POLICY_RULE__ACTION:
				return getAction();
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
			case PtlPackage.POLICY_RULE__OUTCOME:
				setOutcome((OutcomePattern)newValue);
				return;
			case PtlPackage.POLICY_RULE__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends FlagTerm>)newValue);
				return;
			case PtlPackage.POLICY_RULE__OTHERWISE:
				setOtherwise((Boolean)newValue);
				return;
			case PtlPackage.POLICY_RULE__ACTION:
				setAction((WalkAction)newValue);
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
			case PtlPackage.POLICY_RULE__OUTCOME:
				setOutcome((OutcomePattern)null);
				return;
			case PtlPackage.POLICY_RULE__CONDITIONS:
				getConditions().clear();
				return;
			case PtlPackage.POLICY_RULE__OTHERWISE:
				setOtherwise(OTHERWISE_EDEFAULT);
				return;
			case PtlPackage.POLICY_RULE__ACTION:
				setAction(ACTION_EDEFAULT);
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
			case PtlPackage.POLICY_RULE__OUTCOME:
				return outcome != null;
			case PtlPackage.POLICY_RULE__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case PtlPackage.POLICY_RULE__OTHERWISE:
				return otherwise != OTHERWISE_EDEFAULT;
			case PtlPackage.POLICY_RULE__ACTION:
				return action != ACTION_EDEFAULT;
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
		result.append(" (otherwise: ");
		result.append(otherwise);
		result.append(", action: ");
		result.append(action);
		result.append(')');
		return result.toString();
	}

} //PolicyRuleImpl
