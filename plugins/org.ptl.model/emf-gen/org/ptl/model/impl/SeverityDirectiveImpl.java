/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.ptl.model.PtlPackage;
import org.ptl.model.SeverityDirective;
import org.ptl.model.SeverityLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Severity Directive</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.SeverityDirectiveImpl#getCheckId <em>Check Id</em>}</li>
 *   <li>{@link org.ptl.model.impl.SeverityDirectiveImpl#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SeverityDirectiveImpl extends MinimalEObjectImpl.Container implements SeverityDirective
{
	/**
	 * The default value of the '{@link #getCheckId() <em>Check Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckId()
	 * @generated
	 * @ordered
	 */
	protected static final String CHECK_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCheckId() <em>Check Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckId()
	 * @generated
	 * @ordered
	 */
	protected String checkId = CHECK_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final SeverityLevel LEVEL_EDEFAULT = SeverityLevel.ERROR;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected SeverityLevel level = LEVEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SeverityDirectiveImpl()
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
		return PtlPackage.Literals.SEVERITY_DIRECTIVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCheckId()
	{
		return checkId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckId(String newCheckId)
	{
		String oldCheckId = checkId;
		checkId = newCheckId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.SEVERITY_DIRECTIVE__CHECK_ID, oldCheckId, checkId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeverityLevel getLevel()
	{
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(SeverityLevel newLevel)
	{
		SeverityLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.SEVERITY_DIRECTIVE__LEVEL, oldLevel, level));
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
			case PtlPackage.SEVERITY_DIRECTIVE__CHECK_ID:
				return getCheckId();
			case PtlPackage.SEVERITY_DIRECTIVE__LEVEL:
				return getLevel();
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
			case PtlPackage.SEVERITY_DIRECTIVE__CHECK_ID:
				setCheckId((String)newValue);
				return;
			case PtlPackage.SEVERITY_DIRECTIVE__LEVEL:
				setLevel((SeverityLevel)newValue);
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
			case PtlPackage.SEVERITY_DIRECTIVE__CHECK_ID:
				setCheckId(CHECK_ID_EDEFAULT);
				return;
			case PtlPackage.SEVERITY_DIRECTIVE__LEVEL:
				setLevel(LEVEL_EDEFAULT);
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
			case PtlPackage.SEVERITY_DIRECTIVE__CHECK_ID:
				return CHECK_ID_EDEFAULT == null ? checkId != null : !CHECK_ID_EDEFAULT.equals(checkId);
			case PtlPackage.SEVERITY_DIRECTIVE__LEVEL:
				return level != LEVEL_EDEFAULT;
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
		result.append(" (checkId: ");
		result.append(checkId);
		result.append(", level: ");
		result.append(level);
		result.append(')');
		return result.toString();
	}

} //SeverityDirectiveImpl
