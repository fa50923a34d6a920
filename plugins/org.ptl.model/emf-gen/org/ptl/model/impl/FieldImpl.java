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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.ptl.model.BitRange;
import org.ptl.model.EnumLiteral;
import org.ptl.model.Field;
import org.ptl.model.FieldKind;
import org.ptl.model.FieldRole;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Field</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.FieldImpl#getBits <em>Bits</em>}</li>
 *   <li>{@link org.ptl.model.impl.FieldImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.ptl.model.impl.FieldImpl#getFixedValue <em>Fixed Value</em>}</li>
 *   <li>{@link org.ptl.model.impl.FieldImpl#getLiterals <em>Literals</em>}</li>
 *   <li>{@link org.ptl.model.impl.FieldImpl#getAddressBits <em>Address Bits</em>}</li>
 *   <li>{@link org.ptl.model.impl.FieldImpl#getOverlays <em>Overlays</em>}</li>
 *   <li>{@link org.ptl.model.impl.FieldImpl#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FieldImpl extends NamedImpl implements Field
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FieldKind KIND_EDEFAULT = FieldKind.VALUE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FieldKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getFixedValue() <em>Fixed Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedValue()
	 * @generated
	 * @ordered
	 */
	protected static final long FIXED_VALUE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFixedValue() <em>Fixed Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedValue()
	 * @generated
	 * @ordered
	 */
	protected long fixedValue = FIXED_VALUE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLiterals() <em>Literals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLiterals()
	 * @generated
	 * @ordered
	 */
	protected EList<EnumLiteral> literals;

	/**
	 * The cached value of the '{@link #getAddressBits() <em>Address Bits</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressBits()
	 * @generated
	 * @ordered
	 */
	protected BitRange addressBits;

	/**
	 * The cached value of the '{@link #getOverlays() <em>Overlays</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlays()
	 * @generated
	 * @ordered
	 */
	protected EList<Field> overlays;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final FieldRole ROLE_EDEFAULT = FieldRole.NONE;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected FieldRole role = ROLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FieldImpl()
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
		return PtlPackage.Literals.FIELD;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.FIELD__BITS, oldBits, newBits);
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
				msgs = ((InternalEObject)bits).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.FIELD__BITS, null, msgs);
			if (newBits != null)
				msgs = ((InternalEObject)newBits).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.FIELD__BITS, null, msgs);
			msgs = basicSetBits(newBits, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.FIELD__BITS, newBits, newBits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FieldKind newKind)
	{
		FieldKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.FIELD__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFixedValue()
	{
		return fixedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFixedValue(long newFixedValue)
	{
		long oldFixedValue = fixedValue;
		fixedValue = newFixedValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.FIELD__FIXED_VALUE, oldFixedValue, fixedValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EnumLiteral> getLiterals()
	{
		if (literals == null)
		{
			literals = new EObjectContainmentEList<EnumLiteral>(EnumLiteral.class, this, PtlPackage.FIELD__LITERALS);
		}
		return literals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BitRange getAddressBits()
	{
		return addressBits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAddressBits(BitRange newAddressBits, NotificationChain msgs)
	{
		BitRange oldAddressBits = addressBits;
		addressBits = newAddressBits;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.FIELD__ADDRESS_BITS, oldAddressBits, newAddressBits);
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
	public void setAddressBits(BitRange newAddressBits)
	{
		if (newAddressBits != addressBits)
		{
			NotificationChain msgs = null;
			if (addressBits != null)
				msgs = ((InternalEObject)addressBits).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.FIELD__ADDRESS_BITS, null, msgs);
			if (newAddressBits != null)
				msgs = ((InternalEObject)newAddressBits).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.FIELD__ADDRESS_BITS, null, msgs);
			msgs = basicSetAddressBits(newAddressBits, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.FIELD__ADDRESS_BITS, newAddressBits, newAddressBits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Field> getOverlays()
	{
		if (overlays == null)
		{
			overlays = new EObjectResolvingEList<Field>(Field.class, this, PtlPackage.FIELD__OVERLAYS);
		}
		return overlays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldRole getRole()
	{
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(FieldRole newRole)
	{
		FieldRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.FIELD__ROLE, oldRole, role));
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
			case PtlPackage.FIELD__BITS:
				return basicSetBits(null, msgs);
			case PtlPackage.FIELD__LITERALS:
				return ((InternalEList<?>)getLiterals()).basicRemove(otherEnd, msgs);
			case PtlPackage.FIELD__ADDRESS_BITS:
				return basicSetAddressBits(null, msgs);
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
			case PtlPackage.FIELD__BITS:
				return getBits();
			case PtlPackage.FIELD__KIND:
				return getKind();
			case PtlPackage.FIELD__FIXED_VALUE:
				return getFixedValue();
			case PtlPackage.FIELD__LITERALS:
				return getLiterals();
			case PtlPackage.FIELD__ADDRESS_BITS:
				return getAddressBits();
			case PtlPackage.FIELD__OVERLAYS:
				return getOverlays();
			case PtlPackage.FIELD__ROLE:
				return getRole();
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
			case PtlPackage.FIELD__BITS:
				setBits((BitRange)newValue);
				return;
			case PtlPackage.FIELD__KIND:
				setKind((FieldKind)newValue);
				return;
			case PtlPackage.FIELD__FIXED_VALUE:
				setFixedValue((Long)newValue);
				return;
			case PtlPackage.FIELD__LITERALS:
				getLiterals().clear();
				getLiterals().addAll((Collection<? extends EnumLiteral>)newValue);
				return;
			case PtlPackage.FIELD__ADDRESS_BITS:
				setAddressBits((BitRange)newValue);
				return;
			case PtlPackage.FIELD__OVERLAYS:
				getOverlays().clear();
				getOverlays().addAll((Collection<? extends Field>)newValue);
				return;
			case PtlPackage.FIELD__ROLE:
				setRole((FieldRole)newValue);
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
			case PtlPackage.FIELD__BITS:
				setBits((BitRange)null);
				return;
			case PtlPackage.FIELD__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PtlPackage.FIELD__FIXED_VALUE:
				setFixedValue(FIXED_VALUE_EDEFAULT);
				return;
			case PtlPackage.FIELD__LITERALS:
				getLiterals().clear();
				return;
			case PtlPackage.FIELD__ADDRESS_BITS:
				setAddressBits((BitRange)null);
				return;
			case PtlPackage.FIELD__OVERLAYS:
				getOverlays().clear();
				return;
			case PtlPackage.FIELD__ROLE:
				setRole(ROLE_EDEFAULT);
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
			case PtlPackage.FIELD__BITS:
				return bits != null;
			case PtlPackage.FIELD__KIND:
				return kind != KIND_EDEFAULT;
			case PtlPackage.FIELD__FIXED_VALUE:
				return fixedValue != FIXED_VALUE_EDEFAULT;
			case PtlPackage.FIELD__LITERALS:
				return literals != null && !literals.isEmpty();
			case PtlPackage.FIELD__ADDRESS_BITS:
				return addressBits != null;
			case PtlPackage.FIELD__OVERLAYS:
				return overlays != null && !overlays.isEmpty();
			case PtlPackage.FIELD__ROLE:
				return role != ROLE_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", fixedValue: ");
		result.append(fixedValue);
		result.append(", role: ");
		result.append(role);
		result.append(')');
		return result.toString();
	}

} //FieldImpl
