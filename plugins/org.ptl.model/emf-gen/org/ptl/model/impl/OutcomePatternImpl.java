/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.ptl.model.NamedOutcome;
import org.ptl.model.OutcomePattern;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Outcome Pattern</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.OutcomePatternImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.ptl.model.impl.OutcomePatternImpl#getErrno <em>Errno</em>}</li>
 *   <li>{@link org.ptl.model.impl.OutcomePatternImpl#isAnyError <em>Any Error</em>}</li>
 *   <li>{@link org.ptl.model.impl.OutcomePatternImpl#getNamed <em>Named</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutcomePatternImpl extends MinimalEObjectImpl.Container implements OutcomePattern
{
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final int CODE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected int code = CODE_EDEFAULT;

	/**
	 * This is true if the Code attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean codeESet;

	/**
	 * The default value of the '{@link #getErrno() <em>Errno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrno()
	 * @generated
	 * @ordered
	 */
	protected static final String ERRNO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getErrno() <em>Errno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrno()
	 * @generated
	 * @ordered
	 */
	protected String errno = ERRNO_EDEFAULT;

	/**
	 * The default value of the '{@link #isAnyError() <em>Any Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAnyError()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ANY_ERROR_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAnyError() <em>Any Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAnyError()
	 * @generated
	 * @ordered
	 */
	protected boolean anyError = ANY_ERROR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNamed() <em>Named</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamed()
	 * @generated
	 * @ordered
	 */
	protected NamedOutcome named;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutcomePatternImpl()
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
		return PtlPackage.Literals.OUTCOME_PATTERN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCode()
	{
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(int newCode)
	{
		int oldCode = code;
		code = newCode;
		boolean oldCodeESet = codeESet;
		codeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.OUTCOME_PATTERN__CODE, oldCode, code, !oldCodeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCode()
	{
		int oldCode = code;
		boolean oldCodeESet = codeESet;
		code = CODE_EDEFAULT;
		codeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PtlPackage.OUTCOME_PATTERN__CODE, oldCode, CODE_EDEFAULT, oldCodeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCode()
	{
		return codeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getErrno()
	{
		return errno;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrno(String newErrno)
	{
		String oldErrno = errno;
		errno = newErrno;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.OUTCOME_PATTERN__ERRNO, oldErrno, errno));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAnyError()
	{
		return anyError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnyError(boolean newAnyError)
	{
		boolean oldAnyError = anyError;
		anyError = newAnyError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.OUTCOME_PATTERN__ANY_ERROR, oldAnyError, anyError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedOutcome getNamed()
	{
		if (named != null && named.eIsProxy())
		{
			InternalEObject oldNamed = (InternalEObject)named;
			named = (NamedOutcome)eResolveProxy(oldNamed);
			if (named != oldNamed)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.OUTCOME_PATTERN__NAMED, oldNamed, named));
			}
		}
		return named;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NamedOutcome basicGetNamed()
	{
		return named;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamed(NamedOutcome newNamed)
	{
		NamedOutcome oldNamed = named;
		named = newNamed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.OUTCOME_PATTERN__NAMED, oldNamed, named));
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
			case PtlPackage.OUTCOME_PATTERN__CODE:
				return getCode();
			case PtlPackage.OUTCOME_PATTERN__ERRNO:
				return getErrno();
			case PtlPackage.OUTCOME_PATTERN__ANY_ERROR:
				return isAnyError();
			case PtlPackage.OUTCOME_PATTERN__NAMED:
				if (resolve) return getNamed();
				return basicGetNamed();
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
			case PtlPackage.OUTCOME_PATTERN__CODE:
				setCode((Integer)newValue);
				return;
			case PtlPackage.OUTCOME_PATTERN__ERRNO:
				setErrno((String)newValue);
				return;
			case PtlPackage.OUTCOME_PATTERN__ANY_ERROR:
				setAnyError((Boolean)newValue);
				return;
			case PtlPackage.OUTCOME_PATTERN__NAMED:
				setNamed((NamedOutcome)newValue);
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
			case PtlPackage.OUTCOME_PATTERN__CODE:
				unsetCode();
				return;
			case PtlPackage.OUTCOME_PATTERN__ERRNO:
				setErrno(ERRNO_EDEFAULT);
				return;
			case PtlPackage.OUTCOME_PATTERN__ANY_ERROR:
				setAnyError(ANY_ERROR_EDEFAULT);
				return;
			case PtlPackage.OUTCOME_PATTERN__NAMED:
				setNamed((NamedOutcome)null);
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
			case PtlPackage.OUTCOME_PATTERN__CODE:
				return isSetCode();
			case PtlPackage.OUTCOME_PATTERN__ERRNO:
				return ERRNO_EDEFAULT == null ? errno != null : !ERRNO_EDEFAULT.equals(errno);
			case PtlPackage.OUTCOME_PATTERN__ANY_ERROR:
				return anyError != ANY_ERROR_EDEFAULT;
			case PtlPackage.OUTCOME_PATTERN__NAMED:
				return named != null;
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
		result.append(" (code: ");
		if (codeESet) result.append(code); else result.append("<unset>");
		result.append(", errno: ");
		result.append(errno);
		result.append(", anyError: ");
		result.append(anyError);
		result.append(')');
		return result.toString();
	}

} //OutcomePatternImpl
