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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.ptl.model.AttributeRule;
import org.ptl.model.Field;
import org.ptl.model.Operation;
import org.ptl.model.OperationKind;
import org.ptl.model.PtlPackage;
import org.ptl.model.RejectRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Operation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.OperationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationImpl#isContracted <em>Contracted</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationImpl#getContract <em>Contract</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationImpl#getWalkFlags <em>Walk Flags</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationImpl#getRejects <em>Rejects</em>}</li>
 *   <li>{@link org.ptl.model.impl.OperationImpl#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OperationImpl extends MinimalEObjectImpl.Container implements Operation
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OperationKind KIND_EDEFAULT = OperationKind.MAP;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OperationKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isContracted() <em>Contracted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isContracted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONTRACTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isContracted() <em>Contracted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isContracted()
	 * @generated
	 * @ordered
	 */
	protected boolean contracted = CONTRACTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContract() <em>Contract</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContract()
	 * @generated
	 * @ordered
	 */
	protected EList<Field> contract;

	/**
	 * The cached value of the '{@link #getWalkFlags() <em>Walk Flags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWalkFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> walkFlags;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRejects() <em>Rejects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejects()
	 * @generated
	 * @ordered
	 */
	protected EList<RejectRule> rejects;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeRule> rules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OperationImpl()
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
		return PtlPackage.Literals.OPERATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperationKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OperationKind newKind)
	{
		OperationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.OPERATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isContracted()
	{
		return contracted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContracted(boolean newContracted)
	{
		boolean oldContracted = contracted;
		contracted = newContracted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.OPERATION__CONTRACTED, oldContracted, contracted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Field> getContract()
	{
		if (contract == null)
		{
			contract = new EObjectResolvingEList<Field>(Field.class, this, PtlPackage.OPERATION__CONTRACT);
		}
		return contract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWalkFlags()
	{
		if (walkFlags == null)
		{
			walkFlags = new EDataTypeEList<String>(String.class, this, PtlPackage.OPERATION__WALK_FLAGS);
		}
		return walkFlags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription()
	{
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription)
	{
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.OPERATION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RejectRule> getRejects()
	{
		if (rejects == null)
		{
			rejects = new EObjectContainmentEList<RejectRule>(RejectRule.class, this, PtlPackage.OPERATION__REJECTS);
		}
		return rejects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeRule> getRules()
	{
		if (rules == null)
		{
			rules = new EObjectContainmentEList<AttributeRule>(AttributeRule.class, this, PtlPackage.OPERATION__RULES);
		}
		return rules;
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
			case PtlPackage.OPERATION__REJECTS:
				return ((InternalEList<?>)getRejects()).basicRemove(otherEnd, msgs);
			case PtlPackage.OPERATION__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
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
			case PtlPackage.OPERATION__KIND:
				return getKind();
			case PtlPackage.OPERATION__CONTRACTED:
				return isContracted();
			case PtlPackage.OPERATION__CONTRACT:
				return getContract();
			case PtlPackage.OPERATION__WALK_FLAGS:
				return getWalkFlags();
			case PtlPackage.OPERATION__DESCRIPTION:
				return getDescription();
			case PtlPackage.OPERATION__REJECTS:
				return getRejects();
			case PtlPackage.OPERATION__RULES:
				return getRules();
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
			case PtlPackage.OPERATION__KIND:
				setKind((OperationKind)newValue);
				return;
			case PtlPackage.OPERATION__CONTRACTED:
				setContracted((Boolean)newValue);
				return;
			case PtlPackage.OPERATION__CONTRACT:
				getContract().clear();
				getContract().addAll((Collection<? extends Field>)newValue);
				return;
			case PtlPackage.OPERATION__WALK_FLAGS:
				getWalkFlags().clear();
				getWalkFlags().addAll((Collection<? extends String>)newValue);
				return;
			case PtlPackage.OPERATION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PtlPackage.OPERATION__REJECTS:
				getRejects().clear();
				getRejects().addAll((Collection<? extends RejectRule>)newValue);
				return;
			case PtlPackage.OPERATION__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends AttributeRule>)newValue);
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
			case PtlPackage.OPERATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PtlPackage.OPERATION__CONTRACTED:
				setContracted(CONTRACTED_EDEFAULT);
				return;
			case PtlPackage.OPERATION__CONTRACT:
				getContract().clear();
				return;
			case PtlPackage.OPERATION__WALK_FLAGS:
				getWalkFlags().clear();
				return;
			case PtlPackage.OPERATION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PtlPackage.OPERATION__REJECTS:
				getRejects().clear();
				return;
			case PtlPackage.OPERATION__RULES:
				getRules().clear();
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
			case PtlPackage.OPERATION__KIND:
				return kind != KIND_EDEFAULT;
			case PtlPackage.OPERATION__CONTRACTED:
				return contracted != CONTRACTED_EDEFAULT;
			case PtlPackage.OPERATION__CONTRACT:
				return contract != null && !contract.isEmpty();
			case PtlPackage.OPERATION__WALK_FLAGS:
				return walkFlags != null && !walkFlags.isEmpty();
			case PtlPackage.OPERATION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PtlPackage.OPERATION__REJECTS:
				return rejects != null && !rejects.isEmpty();
			case PtlPackage.OPERATION__RULES:
				return rules != null && !rules.isEmpty();
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
		result.append(", contracted: ");
		result.append(contracted);
		result.append(", walkFlags: ");
		result.append(walkFlags);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //OperationImpl
