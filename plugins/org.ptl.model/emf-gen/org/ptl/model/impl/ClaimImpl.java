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

import org.ptl.model.BitRange;
import org.ptl.model.Claim;
import org.ptl.model.ClaimSet;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.ClaimImpl#getBits <em>Bits</em>}</li>
 *   <li>{@link org.ptl.model.impl.ClaimImpl#getSharedWith <em>Shared With</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClaimImpl extends NamedImpl implements Claim
{
	/**
	 * The cached value of the '{@link #getBits() <em>Bits</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBits()
	 * @generated
	 * @ordered
	 */
	protected BitRange bits;

	/**
	 * The cached value of the '{@link #getSharedWith() <em>Shared With</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedWith()
	 * @generated
	 * @ordered
	 */
	protected EList<ClaimSet> sharedWith;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClaimImpl()
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
		return PtlPackage.Literals.CLAIM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BitRange getBits()
	{
		return bits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBits(BitRange newBits, NotificationChain msgs)
	{
		BitRange oldBits = bits;
		bits = newBits;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.CLAIM__BITS, oldBits, newBits);
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
	public void setBits(BitRange newBits)
	{
		if (newBits != bits)
		{
			NotificationChain msgs = null;
			if (bits != null)
				msgs = ((InternalEObject)bits).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.CLAIM__BITS, null, msgs);
			if (newBits != null)
				msgs = ((InternalEObject)newBits).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.CLAIM__BITS, null, msgs);
			msgs = basicSetBits(newBits, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.CLAIM__BITS, newBits, newBits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClaimSet> getSharedWith()
	{
		if (sharedWith == null)
		{
			sharedWith = new EObjectResolvingEList<ClaimSet>(ClaimSet.class, this, PtlPackage.CLAIM__SHARED_WITH);
		}
		return sharedWith;
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
			case PtlPackage.CLAIM__BITS:
				return basicSetBits(null, msgs);
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
			case PtlPackage.CLAIM__BITS:
				return getBits();
			case PtlPackage.CLAIM__SHARED_WITH:
				return getSharedWith();
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
			case PtlPackage.CLAIM__BITS:
				setBits((BitRange)newValue);
				return;
			case PtlPackage.CLAIM__SHARED_WITH:
				getSharedWith().clear();
				getSharedWith().addAll((Collection<? extends ClaimSet>)newValue);
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
			case PtlPackage.CLAIM__BITS:
				setBits((BitRange)null);
				return;
			case PtlPackage.CLAIM__SHARED_WITH:
				getSharedWith().clear();
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
			case PtlPackage.CLAIM__BITS:
				return bits != null;
			case PtlPackage.CLAIM__SHARED_WITH:
				return sharedWith != null && !sharedWith.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ClaimImpl
