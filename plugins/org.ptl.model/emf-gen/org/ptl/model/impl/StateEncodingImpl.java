/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.ptl.model.PtlPackage;
import org.ptl.model.State;
import org.ptl.model.StateEncoding;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>State Encoding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.StateEncodingImpl#getState <em>State</em>}</li>
 *   <li>{@link org.ptl.model.impl.StateEncodingImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.ptl.model.impl.StateEncodingImpl#isNotEncoded <em>Not Encoded</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StateEncodingImpl extends MinimalEObjectImpl.Container implements StateEncoding
{
	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected State state;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final long VALUE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected long value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isNotEncoded() <em>Not Encoded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotEncoded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOT_ENCODED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNotEncoded() <em>Not Encoded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotEncoded()
	 * @generated
	 * @ordered
	 */
	protected boolean notEncoded = NOT_ENCODED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StateEncodingImpl()
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
		return PtlPackage.Literals.STATE_ENCODING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public State getState()
	{
		if (state != null && state.eIsProxy())
		{
			InternalEObject oldState = (InternalEObject)state;
			state = (State)eResolveProxy(oldState);
			if (state != oldState)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.STATE_ENCODING__STATE, oldState, state));
			}
		}
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public State basicGetState()
	{
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(State newState)
	{
		State oldState = state;
		state = newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.STATE_ENCODING__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getValue()
	{
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(long newValue)
	{
		long oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.STATE_ENCODING__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotEncoded()
	{
		return notEncoded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotEncoded(boolean newNotEncoded)
	{
		boolean oldNotEncoded = notEncoded;
		notEncoded = newNotEncoded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.STATE_ENCODING__NOT_ENCODED, oldNotEncoded, notEncoded));
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
			case PtlPackage.STATE_ENCODING__STATE:
				if (resolve) return getState();
				return basicGetState();
			case PtlPackage.STATE_ENCODING__VALUE:
				return getValue();
			case PtlPackage.STATE_ENCODING__NOT_ENCODED:
				return isNotEncoded();
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
			case PtlPackage.STATE_ENCODING__STATE:
				setState((State)newValue);
				return;
			case PtlPackage.STATE_ENCODING__VALUE:
				setValue((Long)newValue);
				return;
			case PtlPackage.STATE_ENCODING__NOT_ENCODED:
				setNotEncoded((Boolean)newValue);
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
			case PtlPackage.STATE_ENCODING__STATE:
				setState((State)null);
				return;
			case PtlPackage.STATE_ENCODING__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case PtlPackage.STATE_ENCODING__NOT_ENCODED:
				setNotEncoded(NOT_ENCODED_EDEFAULT);
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
			case PtlPackage.STATE_ENCODING__STATE:
				return state != null;
			case PtlPackage.STATE_ENCODING__VALUE:
				return value != VALUE_EDEFAULT;
			case PtlPackage.STATE_ENCODING__NOT_ENCODED:
				return notEncoded != NOT_ENCODED_EDEFAULT;
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
		result.append(" (value: ");
		result.append(value);
		result.append(", notEncoded: ");
		result.append(notEncoded);
		result.append(')');
		return result.toString();
	}

} //StateEncodingImpl
