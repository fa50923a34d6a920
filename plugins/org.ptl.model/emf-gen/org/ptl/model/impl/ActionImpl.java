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

import org.ptl.model.Action;
import org.ptl.model.ActionStep;
import org.ptl.model.Actor;
import org.ptl.model.FamilyParameter;
import org.ptl.model.Guard;
import org.ptl.model.ProtocolUpdate;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.ActionImpl#getActor <em>Actor</em>}</li>
 *   <li>{@link org.ptl.model.impl.ActionImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.ptl.model.impl.ActionImpl#getGuards <em>Guards</em>}</li>
 *   <li>{@link org.ptl.model.impl.ActionImpl#getUpdates <em>Updates</em>}</li>
 *   <li>{@link org.ptl.model.impl.ActionImpl#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActionImpl extends NamedImpl implements Action
{
	/**
	 * The cached value of the '{@link #getActor() <em>Actor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActor()
	 * @generated
	 * @ordered
	 */
	protected Actor actor;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<FamilyParameter> parameters;

	/**
	 * The cached value of the '{@link #getGuards() <em>Guards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuards()
	 * @generated
	 * @ordered
	 */
	protected EList<Guard> guards;

	/**
	 * The cached value of the '{@link #getUpdates() <em>Updates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdates()
	 * @generated
	 * @ordered
	 */
	protected EList<ProtocolUpdate> updates;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<ActionStep> steps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActionImpl()
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
		return PtlPackage.Literals.ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getActor()
	{
		if (actor != null && actor.eIsProxy())
		{
			InternalEObject oldActor = (InternalEObject)actor;
			actor = (Actor)eResolveProxy(oldActor);
			if (actor != oldActor)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.ACTION__ACTOR, oldActor, actor));
			}
		}
		return actor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetActor()
	{
		return actor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActor(Actor newActor)
	{
		Actor oldActor = actor;
		actor = newActor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.ACTION__ACTOR, oldActor, actor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FamilyParameter> getParameters()
	{
		if (parameters == null)
		{
			parameters = new EObjectContainmentEList<FamilyParameter>(FamilyParameter.class, this, PtlPackage.ACTION__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Guard> getGuards()
	{
		if (guards == null)
		{
			guards = new EObjectContainmentEList<Guard>(Guard.class, this, PtlPackage.ACTION__GUARDS);
		}
		return guards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProtocolUpdate> getUpdates()
	{
		if (updates == null)
		{
			updates = new EObjectContainmentEList<ProtocolUpdate>(ProtocolUpdate.class, this, PtlPackage.ACTION__UPDATES);
		}
		return updates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActionStep> getSteps()
	{
		if (steps == null)
		{
			steps = new EObjectContainmentEList<ActionStep>(ActionStep.class, this, PtlPackage.ACTION__STEPS);
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
			case PtlPackage.ACTION__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case PtlPackage.ACTION__GUARDS:
				return ((InternalEList<?>)getGuards()).basicRemove(otherEnd, msgs);
			case PtlPackage.ACTION__UPDATES:
				return ((InternalEList<?>)getUpdates()).basicRemove(otherEnd, msgs);
			case PtlPackage.ACTION__STEPS:
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
			case PtlPackage.ACTION__ACTOR:
				if (resolve) return getActor();
				return basicGetActor();
			case PtlPackage.ACTION__PARAMETERS:
				return getParameters();
			case PtlPackage.ACTION__GUARDS:
				return getGuards();
			case PtlPackage.ACTION__UPDATES:
				return getUpdates();
			case PtlPackage.ACTION__STEPS:
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
			case PtlPackage.ACTION__ACTOR:
				setActor((Actor)newValue);
				return;
			case PtlPackage.ACTION__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends FamilyParameter>)newValue);
				return;
			case PtlPackage.ACTION__GUARDS:
				getGuards().clear();
				getGuards().addAll((Collection<? extends Guard>)newValue);
				return;
			case PtlPackage.ACTION__UPDATES:
				getUpdates().clear();
				getUpdates().addAll((Collection<? extends ProtocolUpdate>)newValue);
				return;
			case PtlPackage.ACTION__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends ActionStep>)newValue);
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
			case PtlPackage.ACTION__ACTOR:
				setActor((Actor)null);
				return;
			case PtlPackage.ACTION__PARAMETERS:
				getParameters().clear();
				return;
			case PtlPackage.ACTION__GUARDS:
				getGuards().clear();
				return;
			case PtlPackage.ACTION__UPDATES:
				getUpdates().clear();
				return;
			case PtlPackage.ACTION__STEPS:
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
			case PtlPackage.ACTION__ACTOR:
				return actor != null;
			case PtlPackage.ACTION__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case PtlPackage.ACTION__GUARDS:
				return guards != null && !guards.isEmpty();
			case PtlPackage.ACTION__UPDATES:
				return updates != null && !updates.isEmpty();
			case PtlPackage.ACTION__STEPS:
				return steps != null && !steps.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ActionImpl
