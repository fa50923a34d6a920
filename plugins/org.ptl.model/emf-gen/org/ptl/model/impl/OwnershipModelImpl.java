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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.ptl.model.Component;
import org.ptl.model.Counter;
import org.ptl.model.Invariant;
import org.ptl.model.OwnershipModel;
import org.ptl.model.PtlPackage;
import org.ptl.model.State;
import org.ptl.model.Transition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ownership Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.OwnershipModelImpl#getStates <em>States</em>}</li>
 *   <li>{@link org.ptl.model.impl.OwnershipModelImpl#getInitialState <em>Initial State</em>}</li>
 *   <li>{@link org.ptl.model.impl.OwnershipModelImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link org.ptl.model.impl.OwnershipModelImpl#getCounters <em>Counters</em>}</li>
 *   <li>{@link org.ptl.model.impl.OwnershipModelImpl#getTransitions <em>Transitions</em>}</li>
 *   <li>{@link org.ptl.model.impl.OwnershipModelImpl#getInvariants <em>Invariants</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OwnershipModelImpl extends ElementImpl implements OwnershipModel
{
	/**
	 * The cached value of the '{@link #getStates() <em>States</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStates()
	 * @generated
	 * @ordered
	 */
	protected EList<State> states;

	/**
	 * The cached value of the '{@link #getInitialState() <em>Initial State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialState()
	 * @generated
	 * @ordered
	 */
	protected State initialState;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<Component> components;

	/**
	 * The cached value of the '{@link #getCounters() <em>Counters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounters()
	 * @generated
	 * @ordered
	 */
	protected EList<Counter> counters;

	/**
	 * The cached value of the '{@link #getTransitions() <em>Transitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitions()
	 * @generated
	 * @ordered
	 */
	protected EList<Transition> transitions;

	/**
	 * The cached value of the '{@link #getInvariants() <em>Invariants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvariants()
	 * @generated
	 * @ordered
	 */
	protected EList<Invariant> invariants;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OwnershipModelImpl()
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
		return PtlPackage.Literals.OWNERSHIP_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<State> getStates()
	{
		if (states == null)
		{
			states = new EObjectContainmentEList<State>(State.class, this, PtlPackage.OWNERSHIP_MODEL__STATES);
		}
		return states;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public State getInitialState()
	{
		if (initialState != null && initialState.eIsProxy())
		{
			InternalEObject oldInitialState = (InternalEObject)initialState;
			initialState = (State)eResolveProxy(oldInitialState);
			if (initialState != oldInitialState)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.OWNERSHIP_MODEL__INITIAL_STATE, oldInitialState, initialState));
			}
		}
		return initialState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public State basicGetInitialState()
	{
		return initialState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialState(State newInitialState)
	{
		State oldInitialState = initialState;
		initialState = newInitialState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.OWNERSHIP_MODEL__INITIAL_STATE, oldInitialState, initialState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Component> getComponents()
	{
		if (components == null)
		{
			components = new EObjectContainmentEList<Component>(Component.class, this, PtlPackage.OWNERSHIP_MODEL__COMPONENTS);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Counter> getCounters()
	{
		if (counters == null)
		{
			counters = new EObjectContainmentEList<Counter>(Counter.class, this, PtlPackage.OWNERSHIP_MODEL__COUNTERS);
		}
		return counters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Transition> getTransitions()
	{
		if (transitions == null)
		{
			transitions = new EObjectContainmentEList<Transition>(Transition.class, this, PtlPackage.OWNERSHIP_MODEL__TRANSITIONS);
		}
		return transitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Invariant> getInvariants()
	{
		if (invariants == null)
		{
			invariants = new EObjectContainmentEList<Invariant>(Invariant.class, this, PtlPackage.OWNERSHIP_MODEL__INVARIANTS);
		}
		return invariants;
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
			case PtlPackage.OWNERSHIP_MODEL__STATES:
				return ((InternalEList<?>)getStates()).basicRemove(otherEnd, msgs);
			case PtlPackage.OWNERSHIP_MODEL__COMPONENTS:
				return ((InternalEList<?>)getComponents()).basicRemove(otherEnd, msgs);
			case PtlPackage.OWNERSHIP_MODEL__COUNTERS:
				return ((InternalEList<?>)getCounters()).basicRemove(otherEnd, msgs);
			case PtlPackage.OWNERSHIP_MODEL__TRANSITIONS:
				return ((InternalEList<?>)getTransitions()).basicRemove(otherEnd, msgs);
			case PtlPackage.OWNERSHIP_MODEL__INVARIANTS:
				return ((InternalEList<?>)getInvariants()).basicRemove(otherEnd, msgs);
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
			case PtlPackage.OWNERSHIP_MODEL__STATES:
				return getStates();
			case PtlPackage.OWNERSHIP_MODEL__INITIAL_STATE:
				if (resolve) return getInitialState();
				return basicGetInitialState();
			case PtlPackage.OWNERSHIP_MODEL__COMPONENTS:
				return getComponents();
			case PtlPackage.OWNERSHIP_MODEL__COUNTERS:
				return getCounters();
			case PtlPackage.OWNERSHIP_MODEL__TRANSITIONS:
				return getTransitions();
			case PtlPackage.OWNERSHIP_MODEL__INVARIANTS:
				return getInvariants();
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
			case PtlPackage.OWNERSHIP_MODEL__STATES:
				getStates().clear();
				getStates().addAll((Collection<? extends State>)newValue);
				return;
			case PtlPackage.OWNERSHIP_MODEL__INITIAL_STATE:
				setInitialState((State)newValue);
				return;
			case PtlPackage.OWNERSHIP_MODEL__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends Component>)newValue);
				return;
			case PtlPackage.OWNERSHIP_MODEL__COUNTERS:
				getCounters().clear();
				getCounters().addAll((Collection<? extends Counter>)newValue);
				return;
			case PtlPackage.OWNERSHIP_MODEL__TRANSITIONS:
				getTransitions().clear();
				getTransitions().addAll((Collection<? extends Transition>)newValue);
				return;
			case PtlPackage.OWNERSHIP_MODEL__INVARIANTS:
				getInvariants().clear();
				getInvariants().addAll((Collection<? extends Invariant>)newValue);
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
			case PtlPackage.OWNERSHIP_MODEL__STATES:
				getStates().clear();
				return;
			case PtlPackage.OWNERSHIP_MODEL__INITIAL_STATE:
				setInitialState((State)null);
				return;
			case PtlPackage.OWNERSHIP_MODEL__COMPONENTS:
				getComponents().clear();
				return;
			case PtlPackage.OWNERSHIP_MODEL__COUNTERS:
				getCounters().clear();
				return;
			case PtlPackage.OWNERSHIP_MODEL__TRANSITIONS:
				getTransitions().clear();
				return;
			case PtlPackage.OWNERSHIP_MODEL__INVARIANTS:
				getInvariants().clear();
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
			case PtlPackage.OWNERSHIP_MODEL__STATES:
				return states != null && !states.isEmpty();
			case PtlPackage.OWNERSHIP_MODEL__INITIAL_STATE:
				return initialState != null;
			case PtlPackage.OWNERSHIP_MODEL__COMPONENTS:
				return components != null && !components.isEmpty();
			case PtlPackage.OWNERSHIP_MODEL__COUNTERS:
				return counters != null && !counters.isEmpty();
			case PtlPackage.OWNERSHIP_MODEL__TRANSITIONS:
				return transitions != null && !transitions.isEmpty();
			case PtlPackage.OWNERSHIP_MODEL__INVARIANTS:
				return invariants != null && !invariants.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //OwnershipModelImpl
