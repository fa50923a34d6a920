/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

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
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case PtlPackage.TRANSITION__INITIATOR:
				return basicSetInitiator(null, msgs);
			case PtlPackage.TRANSITION__COMPLETER:
				return basicSetCompleter(null, msgs);
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
			case PtlPackage.TRANSITION__INITIATOR:
				setInitiator((TransitionSide)newValue);
				return;
			case PtlPackage.TRANSITION__COMPLETER:
				setCompleter((TransitionSide)newValue);
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
		}
		return super.eIsSet(featureID);
	}

} //TransitionImpl
