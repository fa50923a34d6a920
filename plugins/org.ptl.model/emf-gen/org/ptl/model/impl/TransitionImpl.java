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

import org.ptl.model.CounterUpdate;
import org.ptl.model.Guard;
import org.ptl.model.PtlPackage;
import org.ptl.model.Transition;
import org.ptl.model.TransitionSide;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Transition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.TransitionImpl#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link org.ptl.model.impl.TransitionImpl#getCompleter <em>Completer</em>}</li>
 *   <li>{@link org.ptl.model.impl.TransitionImpl#getGuards <em>Guards</em>}</li>
 *   <li>{@link org.ptl.model.impl.TransitionImpl#getUpdates <em>Updates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TransitionImpl extends NamedImpl implements Transition
{
	/**
	 * The cached value of the '{@link #getInitiator() <em>Initiator</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiator()
	 * @generated
	 * @ordered
	 */
	protected TransitionSide initiator;

	/**
	 * The cached value of the '{@link #getCompleter() <em>Completer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompleter()
	 * @generated
	 * @ordered
	 */
	protected TransitionSide completer;

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
	protected EList<CounterUpdate> updates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TransitionImpl()
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
		return PtlPackage.Literals.TRANSITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransitionSide getInitiator()
	{
		return initiator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInitiator(TransitionSide newInitiator, NotificationChain msgs)
	{
		TransitionSide oldInitiator = initiator;
		initiator = newInitiator;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.TRANSITION__INITIATOR, oldInitiator, newInitiator);
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
	public void setInitiator(TransitionSide newInitiator)
	{
		if (newInitiator != initiator)
		{
			NotificationChain msgs = null;
			if (initiator != null)
				msgs = ((InternalEObject)initiator).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.TRANSITION__INITIATOR, null, msgs);
			if (newInitiator != null)
				msgs = ((InternalEObject)newInitiator).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.TRANSITION__INITIATOR, null, msgs);
			msgs = basicSetInitiator(newInitiator, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.TRANSITION__INITIATOR, newInitiator, newInitiator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransitionSide getCompleter()
	{
		return completer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCompleter(TransitionSide newCompleter, NotificationChain msgs)
	{
		TransitionSide oldCompleter = completer;
		completer = newCompleter;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.TRANSITION__COMPLETER, oldCompleter, newCompleter);
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
	public void setCompleter(TransitionSide newCompleter)
	{
		if (newCompleter != completer)
		{
			NotificationChain msgs = null;
			if (completer != null)
				msgs = ((InternalEObject)completer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.TRANSITION__COMPLETER, null, msgs);
			if (newCompleter != null)
				msgs = ((InternalEObject)newCompleter).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.TRANSITION__COMPLETER, null, msgs);
			msgs = basicSetCompleter(newCompleter, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.TRANSITION__COMPLETER, newCompleter, newCompleter));
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
			guards = new EObjectContainmentEList<Guard>(Guard.class, this, PtlPackage.TRANSITION__GUARDS);
		}
		return guards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CounterUpdate> getUpdates()
	{
		if (updates == null)
		{
			updates = new EObjectContainmentEList<CounterUpdate>(CounterUpdate.class, this, PtlPackage.TRANSITION__UPDATES);
		}
		return updates;
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
			case PtlPackage.TRANSITION__INITIATOR:
				return basicSetInitiator(null, msgs);
			case PtlPackage.TRANSITION__COMPLETER:
				return basicSetCompleter(null, msgs);
			case PtlPackage.TRANSITION__GUARDS:
				return ((InternalEList<?>)getGuards()).basicRemove(otherEnd, msgs);
			case PtlPackage.TRANSITION__UPDATES:
				return ((InternalEList<?>)getUpdates()).basicRemove(otherEnd, msgs);
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
			case PtlPackage.TRANSITION__INITIATOR:
				return getInitiator();
			case PtlPackage.TRANSITION__COMPLETER:
				return getCompleter();
			case PtlPackage.TRANSITION__GUARDS:
				return getGuards();
			case PtlPackage.TRANSITION__UPDATES:
				return getUpdates();
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
			case PtlPackage.TRANSITION__INITIATOR:
				setInitiator((TransitionSide)newValue);
				return;
			case PtlPackage.TRANSITION__COMPLETER:
				setCompleter((TransitionSide)newValue);
				return;
			case PtlPackage.TRANSITION__GUARDS:
				getGuards().clear();
				getGuards().addAll((Collection<? extends Guard>)newValue);
				return;
			case PtlPackage.TRANSITION__UPDATES:
				getUpdates().clear();
				getUpdates().addAll((Collection<? extends CounterUpdate>)newValue);
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
			case PtlPackage.TRANSITION__INITIATOR:
				setInitiator((TransitionSide)null);
				return;
			case PtlPackage.TRANSITION__COMPLETER:
				setCompleter((TransitionSide)null);
				return;
			case PtlPackage.TRANSITION__GUARDS:
				getGuards().clear();
				return;
			case PtlPackage.TRANSITION__UPDATES:
				getUpdates().clear();
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
			case PtlPackage.TRANSITION__INITIATOR:
				return initiator != null;
			case PtlPackage.TRANSITION__COMPLETER:
				return completer != null;
			case PtlPackage.TRANSITION__GUARDS:
				return guards != null && !guards.isEmpty();
			case PtlPackage.TRANSITION__UPDATES:
				return updates != null && !updates.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //TransitionImpl
