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

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.ptl.model.Family;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.PtlPackage;
import org.ptl.model.Term;
import org.ptl.model.VariableType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Protocol Variable</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.ProtocolVariableImpl#isGhost <em>Ghost</em>}</li>
 *   <li>{@link org.ptl.model.impl.ProtocolVariableImpl#getIndices <em>Indices</em>}</li>
 *   <li>{@link org.ptl.model.impl.ProtocolVariableImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.ptl.model.impl.ProtocolVariableImpl#getInitial <em>Initial</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProtocolVariableImpl extends NamedImpl implements ProtocolVariable
{
	/**
	 * The default value of the '{@link #isGhost() <em>Ghost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGhost()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GHOST_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGhost() <em>Ghost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGhost()
	 * @generated
	 * @ordered
	 */
	protected boolean ghost = GHOST_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIndices() <em>Indices</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndices()
	 * @generated
	 * @ordered
	 */
	protected EList<Family> indices;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected VariableType type;

	/**
	 * The cached value of the '{@link #getInitial() <em>Initial</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitial()
	 * @generated
	 * @ordered
	 */
	protected Term initial;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtocolVariableImpl()
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
		return PtlPackage.Literals.PROTOCOL_VARIABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGhost()
	{
		return ghost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGhost(boolean newGhost)
	{
		boolean oldGhost = ghost;
		ghost = newGhost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.PROTOCOL_VARIABLE__GHOST, oldGhost, ghost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Family> getIndices()
	{
		if (indices == null)
		{
			indices = new EObjectResolvingEList<Family>(Family.class, this, PtlPackage.PROTOCOL_VARIABLE__INDICES);
		}
		return indices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VariableType getType()
	{
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetType(VariableType newType, NotificationChain msgs)
	{
		VariableType oldType = type;
		type = newType;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.PROTOCOL_VARIABLE__TYPE, oldType, newType);
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
	public void setType(VariableType newType)
	{
		if (newType != type)
		{
			NotificationChain msgs = null;
			if (type != null)
				msgs = ((InternalEObject)type).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.PROTOCOL_VARIABLE__TYPE, null, msgs);
			if (newType != null)
				msgs = ((InternalEObject)newType).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.PROTOCOL_VARIABLE__TYPE, null, msgs);
			msgs = basicSetType(newType, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.PROTOCOL_VARIABLE__TYPE, newType, newType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Term getInitial()
	{
		return initial;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInitial(Term newInitial, NotificationChain msgs)
	{
		Term oldInitial = initial;
		initial = newInitial;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.PROTOCOL_VARIABLE__INITIAL, oldInitial, newInitial);
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
	public void setInitial(Term newInitial)
	{
		if (newInitial != initial)
		{
			NotificationChain msgs = null;
			if (initial != null)
				msgs = ((InternalEObject)initial).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.PROTOCOL_VARIABLE__INITIAL, null, msgs);
			if (newInitial != null)
				msgs = ((InternalEObject)newInitial).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.PROTOCOL_VARIABLE__INITIAL, null, msgs);
			msgs = basicSetInitial(newInitial, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.PROTOCOL_VARIABLE__INITIAL, newInitial, newInitial));
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
			case PtlPackage.PROTOCOL_VARIABLE__TYPE:
				return basicSetType(null, msgs);
			case PtlPackage.PROTOCOL_VARIABLE__INITIAL:
				return basicSetInitial(null, msgs);
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
			case PtlPackage.PROTOCOL_VARIABLE__GHOST:
				return isGhost();
			case PtlPackage.PROTOCOL_VARIABLE__INDICES:
				return getIndices();
			case PtlPackage.PROTOCOL_VARIABLE__TYPE:
				return getType();
			case PtlPackage.PROTOCOL_VARIABLE__INITIAL:
				return getInitial();
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
			case PtlPackage.PROTOCOL_VARIABLE__GHOST:
				setGhost((Boolean)newValue);
				return;
			case PtlPackage.PROTOCOL_VARIABLE__INDICES:
				getIndices().clear();
				getIndices().addAll((Collection<? extends Family>)newValue);
				return;
			case PtlPackage.PROTOCOL_VARIABLE__TYPE:
				setType((VariableType)newValue);
				return;
			case PtlPackage.PROTOCOL_VARIABLE__INITIAL:
				setInitial((Term)newValue);
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
			case PtlPackage.PROTOCOL_VARIABLE__GHOST:
				setGhost(GHOST_EDEFAULT);
				return;
			case PtlPackage.PROTOCOL_VARIABLE__INDICES:
				getIndices().clear();
				return;
			case PtlPackage.PROTOCOL_VARIABLE__TYPE:
				setType((VariableType)null);
				return;
			case PtlPackage.PROTOCOL_VARIABLE__INITIAL:
				setInitial((Term)null);
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
			case PtlPackage.PROTOCOL_VARIABLE__GHOST:
				return ghost != GHOST_EDEFAULT;
			case PtlPackage.PROTOCOL_VARIABLE__INDICES:
				return indices != null && !indices.isEmpty();
			case PtlPackage.PROTOCOL_VARIABLE__TYPE:
				return type != null;
			case PtlPackage.PROTOCOL_VARIABLE__INITIAL:
				return initial != null;
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
		result.append(" (ghost: ");
		result.append(ghost);
		result.append(')');
		return result.toString();
	}

} //ProtocolVariableImpl
