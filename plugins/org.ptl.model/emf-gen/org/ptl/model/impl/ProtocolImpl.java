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

import org.ptl.model.Action;
import org.ptl.model.Actor;
import org.ptl.model.Family;
import org.ptl.model.Invariant;
import org.ptl.model.Protocol;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Protocol</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.ProtocolImpl#getFamilies <em>Families</em>}</li>
 *   <li>{@link org.ptl.model.impl.ProtocolImpl#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.ptl.model.impl.ProtocolImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.ptl.model.impl.ProtocolImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.ptl.model.impl.ProtocolImpl#getInvariants <em>Invariants</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProtocolImpl extends ElementImpl implements Protocol
{
	/**
	 * The cached value of the '{@link #getFamilies() <em>Families</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilies()
	 * @generated
	 * @ordered
	 */
	protected EList<Family> families;

	/**
	 * The cached value of the '{@link #getVariables() <em>Variables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<ProtocolVariable> variables;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> actors;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<Action> actions;

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
	protected ProtocolImpl()
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
		return PtlPackage.Literals.PROTOCOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Family> getFamilies()
	{
		if (families == null)
		{
			families = new EObjectContainmentEList<Family>(Family.class, this, PtlPackage.PROTOCOL__FAMILIES);
		}
		return families;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProtocolVariable> getVariables()
	{
		if (variables == null)
		{
			variables = new EObjectContainmentEList<ProtocolVariable>(ProtocolVariable.class, this, PtlPackage.PROTOCOL__VARIABLES);
		}
		return variables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getActors()
	{
		if (actors == null)
		{
			actors = new EObjectContainmentEList<Actor>(Actor.class, this, PtlPackage.PROTOCOL__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Action> getActions()
	{
		if (actions == null)
		{
			actions = new EObjectContainmentEList<Action>(Action.class, this, PtlPackage.PROTOCOL__ACTIONS);
		}
		return actions;
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
			invariants = new EObjectContainmentEList<Invariant>(Invariant.class, this, PtlPackage.PROTOCOL__INVARIANTS);
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
			case PtlPackage.PROTOCOL__FAMILIES:
				return ((InternalEList<?>)getFamilies()).basicRemove(otherEnd, msgs);
			case PtlPackage.PROTOCOL__VARIABLES:
				return ((InternalEList<?>)getVariables()).basicRemove(otherEnd, msgs);
			case PtlPackage.PROTOCOL__ACTORS:
				return ((InternalEList<?>)getActors()).basicRemove(otherEnd, msgs);
			case PtlPackage.PROTOCOL__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
			case PtlPackage.PROTOCOL__INVARIANTS:
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
			case PtlPackage.PROTOCOL__FAMILIES:
				return getFamilies();
			case PtlPackage.PROTOCOL__VARIABLES:
				return getVariables();
			case PtlPackage.PROTOCOL__ACTORS:
				return getActors();
			case PtlPackage.PROTOCOL__ACTIONS:
				return getActions();
			case PtlPackage.PROTOCOL__INVARIANTS:
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
			case PtlPackage.PROTOCOL__FAMILIES:
				getFamilies().clear();
				getFamilies().addAll((Collection<? extends Family>)newValue);
				return;
			case PtlPackage.PROTOCOL__VARIABLES:
				getVariables().clear();
				getVariables().addAll((Collection<? extends ProtocolVariable>)newValue);
				return;
			case PtlPackage.PROTOCOL__ACTORS:
				getActors().clear();
				getActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case PtlPackage.PROTOCOL__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends Action>)newValue);
				return;
			case PtlPackage.PROTOCOL__INVARIANTS:
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
			case PtlPackage.PROTOCOL__FAMILIES:
				getFamilies().clear();
				return;
			case PtlPackage.PROTOCOL__VARIABLES:
				getVariables().clear();
				return;
			case PtlPackage.PROTOCOL__ACTORS:
				getActors().clear();
				return;
			case PtlPackage.PROTOCOL__ACTIONS:
				getActions().clear();
				return;
			case PtlPackage.PROTOCOL__INVARIANTS:
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
			case PtlPackage.PROTOCOL__FAMILIES:
				return families != null && !families.isEmpty();
			case PtlPackage.PROTOCOL__VARIABLES:
				return variables != null && !variables.isEmpty();
			case PtlPackage.PROTOCOL__ACTORS:
				return actors != null && !actors.isEmpty();
			case PtlPackage.PROTOCOL__ACTIONS:
				return actions != null && !actions.isEmpty();
			case PtlPackage.PROTOCOL__INVARIANTS:
				return invariants != null && !invariants.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ProtocolImpl
