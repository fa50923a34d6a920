/**
 */
package org.ptl.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.ptl.model.NamedOutcome;
import org.ptl.model.PolicyRule;
import org.ptl.model.PtlPackage;
import org.ptl.model.WalkerFlag;
import org.ptl.model.WalkerPolicy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Walker Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.WalkerPolicyImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.ptl.model.impl.WalkerPolicyImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.ptl.model.impl.WalkerPolicyImpl#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WalkerPolicyImpl extends ElementImpl implements WalkerPolicy
{
	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<WalkerFlag> flags;

	/**
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<NamedOutcome> outcomes;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyRule> rules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WalkerPolicyImpl()
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
		return PtlPackage.Literals.WALKER_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WalkerFlag> getFlags()
	{
		if (flags == null)
		{
			flags = new EObjectContainmentEList<WalkerFlag>(WalkerFlag.class, this, PtlPackage.WALKER_POLICY__FLAGS);
		}
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NamedOutcome> getOutcomes()
	{
		if (outcomes == null)
		{
			outcomes = new EObjectContainmentEList<NamedOutcome>(NamedOutcome.class, this, PtlPackage.WALKER_POLICY__OUTCOMES);
		}
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyRule> getRules()
	{
		if (rules == null)
		{
			rules = new EObjectContainmentEList<PolicyRule>(PolicyRule.class, this, PtlPackage.WALKER_POLICY__RULES);
		}
		return rules;
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
			case PtlPackage.WALKER_POLICY__FLAGS:
				return ((InternalEList<?>)getFlags()).basicRemove(otherEnd, msgs);
			case PtlPackage.WALKER_POLICY__OUTCOMES:
				return ((InternalEList<?>)getOutcomes()).basicRemove(otherEnd, msgs);
			case PtlPackage.WALKER_POLICY__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
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
			case PtlPackage.WALKER_POLICY__FLAGS:
				return getFlags();
			case PtlPackage.WALKER_POLICY__OUTCOMES:
				return getOutcomes();
			case PtlPackage.WALKER_POLICY__RULES:
				return getRules();
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
			case PtlPackage.WALKER_POLICY__FLAGS:
				getFlags().clear();
				getFlags().addAll((Collection<? extends WalkerFlag>)newValue);
				return;
			case PtlPackage.WALKER_POLICY__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends NamedOutcome>)newValue);
				return;
			case PtlPackage.WALKER_POLICY__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends PolicyRule>)newValue);
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
			case PtlPackage.WALKER_POLICY__FLAGS:
				getFlags().clear();
				return;
			case PtlPackage.WALKER_POLICY__OUTCOMES:
				getOutcomes().clear();
				return;
			case PtlPackage.WALKER_POLICY__RULES:
				getRules().clear();
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
			case PtlPackage.WALKER_POLICY__FLAGS:
				return flags != null && !flags.isEmpty();
			case PtlPackage.WALKER_POLICY__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case PtlPackage.WALKER_POLICY__RULES:
				return rules != null && !rules.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //WalkerPolicyImpl
