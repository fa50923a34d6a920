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

import org.ptl.model.Binding;
import org.ptl.model.CpuFeature;
import org.ptl.model.InitialOwnership;
import org.ptl.model.PtlPackage;
import org.ptl.model.Scenario;
import org.ptl.model.ScenarioTable;
import org.ptl.model.Step;
import org.ptl.model.WalkerPolicy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.ScenarioImpl#getTables <em>Tables</em>}</li>
 *   <li>{@link org.ptl.model.impl.ScenarioImpl#getBinding <em>Binding</em>}</li>
 *   <li>{@link org.ptl.model.impl.ScenarioImpl#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.ptl.model.impl.ScenarioImpl#getMemoryPages <em>Memory Pages</em>}</li>
 *   <li>{@link org.ptl.model.impl.ScenarioImpl#getMemoryBase <em>Memory Base</em>}</li>
 *   <li>{@link org.ptl.model.impl.ScenarioImpl#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.ptl.model.impl.ScenarioImpl#getInitialOwnership <em>Initial Ownership</em>}</li>
 *   <li>{@link org.ptl.model.impl.ScenarioImpl#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends ElementImpl implements Scenario
{
	/**
	 * The cached value of the '{@link #getTables() <em>Tables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTables()
	 * @generated
	 * @ordered
	 */
	protected EList<ScenarioTable> tables;

	/**
	 * The cached value of the '{@link #getBinding() <em>Binding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBinding()
	 * @generated
	 * @ordered
	 */
	protected Binding binding;

	/**
	 * The cached value of the '{@link #getPolicy() <em>Policy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected WalkerPolicy policy;

	/**
	 * The default value of the '{@link #getMemoryPages() <em>Memory Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryPages()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMORY_PAGES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMemoryPages() <em>Memory Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryPages()
	 * @generated
	 * @ordered
	 */
	protected int memoryPages = MEMORY_PAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryBase() <em>Memory Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryBase()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_BASE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryBase() <em>Memory Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryBase()
	 * @generated
	 * @ordered
	 */
	protected long memoryBase = MEMORY_BASE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFeatures() <em>Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<CpuFeature> features;

	/**
	 * The cached value of the '{@link #getInitialOwnership() <em>Initial Ownership</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialOwnership()
	 * @generated
	 * @ordered
	 */
	protected EList<InitialOwnership> initialOwnership;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> steps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl()
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
		return PtlPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScenarioTable> getTables()
	{
		if (tables == null)
		{
			tables = new EObjectContainmentEList<ScenarioTable>(ScenarioTable.class, this, PtlPackage.SCENARIO__TABLES);
		}
		return tables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Binding getBinding()
	{
		if (binding != null && binding.eIsProxy())
		{
			InternalEObject oldBinding = (InternalEObject)binding;
			binding = (Binding)eResolveProxy(oldBinding);
			if (binding != oldBinding)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.SCENARIO__BINDING, oldBinding, binding));
			}
		}
		return binding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Binding basicGetBinding()
	{
		return binding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBinding(Binding newBinding)
	{
		Binding oldBinding = binding;
		binding = newBinding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.SCENARIO__BINDING, oldBinding, binding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WalkerPolicy getPolicy()
	{
		if (policy != null && policy.eIsProxy())
		{
			InternalEObject oldPolicy = (InternalEObject)policy;
			policy = (WalkerPolicy)eResolveProxy(oldPolicy);
			if (policy != oldPolicy)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.SCENARIO__POLICY, oldPolicy, policy));
			}
		}
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WalkerPolicy basicGetPolicy()
	{
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicy(WalkerPolicy newPolicy)
	{
		WalkerPolicy oldPolicy = policy;
		policy = newPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.SCENARIO__POLICY, oldPolicy, policy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMemoryPages()
	{
		return memoryPages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryPages(int newMemoryPages)
	{
		int oldMemoryPages = memoryPages;
		memoryPages = newMemoryPages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.SCENARIO__MEMORY_PAGES, oldMemoryPages, memoryPages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryBase()
	{
		return memoryBase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryBase(long newMemoryBase)
	{
		long oldMemoryBase = memoryBase;
		memoryBase = newMemoryBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.SCENARIO__MEMORY_BASE, oldMemoryBase, memoryBase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CpuFeature> getFeatures()
	{
		if (features == null)
		{
			features = new EDataTypeEList<CpuFeature>(CpuFeature.class, this, PtlPackage.SCENARIO__FEATURES);
		}
		return features;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InitialOwnership> getInitialOwnership()
	{
		if (initialOwnership == null)
		{
			initialOwnership = new EObjectContainmentEList<InitialOwnership>(InitialOwnership.class, this, PtlPackage.SCENARIO__INITIAL_OWNERSHIP);
		}
		return initialOwnership;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getSteps()
	{
		if (steps == null)
		{
			steps = new EObjectContainmentEList<Step>(Step.class, this, PtlPackage.SCENARIO__STEPS);
		}
		return steps;
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
			case PtlPackage.SCENARIO__TABLES:
				return ((InternalEList<?>)getTables()).basicRemove(otherEnd, msgs);
			case PtlPackage.SCENARIO__INITIAL_OWNERSHIP:
				return ((InternalEList<?>)getInitialOwnership()).basicRemove(otherEnd, msgs);
			case PtlPackage.SCENARIO__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
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
			case PtlPackage.SCENARIO__TABLES:
				return getTables();
			case PtlPackage.SCENARIO__BINDING:
				if (resolve) return getBinding();
				return basicGetBinding();
			case PtlPackage.SCENARIO__POLICY:
				if (resolve) return getPolicy();
				return basicGetPolicy();
			case PtlPackage.SCENARIO__MEMORY_PAGES:
				return getMemoryPages();
			case PtlPackage.SCENARIO__MEMORY_BASE:
				return getMemoryBase();
			case PtlPackage.SCENARIO__FEATURES:
				return getFeatures();
			case PtlPackage.SCENARIO__INITIAL_OWNERSHIP:
				return getInitialOwnership();
			case PtlPackage.SCENARIO__STEPS:
				return getSteps();
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
			case PtlPackage.SCENARIO__TABLES:
				getTables().clear();
				getTables().addAll((Collection<? extends ScenarioTable>)newValue);
				return;
			case PtlPackage.SCENARIO__BINDING:
				setBinding((Binding)newValue);
				return;
			case PtlPackage.SCENARIO__POLICY:
				setPolicy((WalkerPolicy)newValue);
				return;
			case PtlPackage.SCENARIO__MEMORY_PAGES:
				setMemoryPages((Integer)newValue);
				return;
			case PtlPackage.SCENARIO__MEMORY_BASE:
				setMemoryBase((Long)newValue);
				return;
			case PtlPackage.SCENARIO__FEATURES:
				getFeatures().clear();
				getFeatures().addAll((Collection<? extends CpuFeature>)newValue);
				return;
			case PtlPackage.SCENARIO__INITIAL_OWNERSHIP:
				getInitialOwnership().clear();
				getInitialOwnership().addAll((Collection<? extends InitialOwnership>)newValue);
				return;
			case PtlPackage.SCENARIO__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends Step>)newValue);
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
			case PtlPackage.SCENARIO__TABLES:
				getTables().clear();
				return;
			case PtlPackage.SCENARIO__BINDING:
				setBinding((Binding)null);
				return;
			case PtlPackage.SCENARIO__POLICY:
				setPolicy((WalkerPolicy)null);
				return;
			case PtlPackage.SCENARIO__MEMORY_PAGES:
				setMemoryPages(MEMORY_PAGES_EDEFAULT);
				return;
			case PtlPackage.SCENARIO__MEMORY_BASE:
				setMemoryBase(MEMORY_BASE_EDEFAULT);
				return;
			case PtlPackage.SCENARIO__FEATURES:
				getFeatures().clear();
				return;
			case PtlPackage.SCENARIO__INITIAL_OWNERSHIP:
				getInitialOwnership().clear();
				return;
			case PtlPackage.SCENARIO__STEPS:
				getSteps().clear();
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
			case PtlPackage.SCENARIO__TABLES:
				return tables != null && !tables.isEmpty();
			case PtlPackage.SCENARIO__BINDING:
				return binding != null;
			case PtlPackage.SCENARIO__POLICY:
				return policy != null;
			case PtlPackage.SCENARIO__MEMORY_PAGES:
				return memoryPages != MEMORY_PAGES_EDEFAULT;
			case PtlPackage.SCENARIO__MEMORY_BASE:
				return memoryBase != MEMORY_BASE_EDEFAULT;
			case PtlPackage.SCENARIO__FEATURES:
				return features != null && !features.isEmpty();
			case PtlPackage.SCENARIO__INITIAL_OWNERSHIP:
				return initialOwnership != null && !initialOwnership.isEmpty();
			case PtlPackage.SCENARIO__STEPS:
				return steps != null && !steps.isEmpty();
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
		result.append(" (memoryPages: ");
		result.append(memoryPages);
		result.append(", memoryBase: ");
		result.append(memoryBase);
		result.append(", features: ");
		result.append(features);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
