/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.ptl.model.ConditionalExpression;
import org.ptl.model.Expression;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conditional Expression</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.ConditionalExpressionImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.ptl.model.impl.ConditionalExpressionImpl#getWhenTrue <em>When True</em>}</li>
 *   <li>{@link org.ptl.model.impl.ConditionalExpressionImpl#getWhenFalse <em>When False</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConditionalExpressionImpl extends ExpressionImpl implements ConditionalExpression
{
	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected Expression condition;

	/**
	 * The cached value of the '{@link #getWhenTrue() <em>When True</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenTrue()
	 * @generated
	 * @ordered
	 */
	protected Expression whenTrue;

	/**
	 * The cached value of the '{@link #getWhenFalse() <em>When False</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhenFalse()
	 * @generated
	 * @ordered
	 */
	protected Expression whenFalse;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConditionalExpressionImpl()
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
		return PtlPackage.Literals.CONDITIONAL_EXPRESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expression getCondition()
	{
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCondition(Expression newCondition, NotificationChain msgs)
	{
		Expression oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.CONDITIONAL_EXPRESSION__CONDITION, oldCondition, newCondition);
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
	public void setCondition(Expression newCondition)
	{
		if (newCondition != condition)
		{
			NotificationChain msgs = null;
			if (condition != null)
				msgs = ((InternalEObject)condition).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.CONDITIONAL_EXPRESSION__CONDITION, null, msgs);
			if (newCondition != null)
				msgs = ((InternalEObject)newCondition).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.CONDITIONAL_EXPRESSION__CONDITION, null, msgs);
			msgs = basicSetCondition(newCondition, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.CONDITIONAL_EXPRESSION__CONDITION, newCondition, newCondition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expression getWhenTrue()
	{
		return whenTrue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWhenTrue(Expression newWhenTrue, NotificationChain msgs)
	{
		Expression oldWhenTrue = whenTrue;
		whenTrue = newWhenTrue;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.CONDITIONAL_EXPRESSION__WHEN_TRUE, oldWhenTrue, newWhenTrue);
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
	public void setWhenTrue(Expression newWhenTrue)
	{
		if (newWhenTrue != whenTrue)
		{
			NotificationChain msgs = null;
			if (whenTrue != null)
				msgs = ((InternalEObject)whenTrue).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.CONDITIONAL_EXPRESSION__WHEN_TRUE, null, msgs);
			if (newWhenTrue != null)
				msgs = ((InternalEObject)newWhenTrue).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.CONDITIONAL_EXPRESSION__WHEN_TRUE, null, msgs);
			msgs = basicSetWhenTrue(newWhenTrue, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.CONDITIONAL_EXPRESSION__WHEN_TRUE, newWhenTrue, newWhenTrue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expression getWhenFalse()
	{
		return whenFalse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWhenFalse(Expression newWhenFalse, NotificationChain msgs)
	{
		Expression oldWhenFalse = whenFalse;
		whenFalse = newWhenFalse;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PtlPackage.CONDITIONAL_EXPRESSION__WHEN_FALSE, oldWhenFalse, newWhenFalse);
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
	public void setWhenFalse(Expression newWhenFalse)
	{
		if (newWhenFalse != whenFalse)
		{
			NotificationChain msgs = null;
			if (whenFalse != null)
				msgs = ((InternalEObject)whenFalse).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PtlPackage.CONDITIONAL_EXPRESSION__WHEN_FALSE, null, msgs);
			if (newWhenFalse != null)
				msgs = ((InternalEObject)newWhenFalse).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PtlPackage.CONDITIONAL_EXPRESSION__WHEN_FALSE, null, msgs);
			msgs = basicSetWhenFalse(newWhenFalse, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.CONDITIONAL_EXPRESSION__WHEN_FALSE, newWhenFalse, newWhenFalse));
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
			case PtlPackage.CONDITIONAL_EXPRESSION__CONDITION:
				return basicSetCondition(null, msgs);
			case PtlPackage.CONDITIONAL_EXPRESSION__WHEN_TRUE:
				return basicSetWhenTrue(null, msgs);
			case PtlPackage.CONDITIONAL_EXPRESSION__WHEN_FALSE:
				return basicSetWhenFalse(null, msgs);
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
			case PtlPackage.CONDITIONAL_EXPRESSION__CONDITION:
				return getCondition();
			case PtlPackage.CONDITIONAL_EXPRESSION__WHEN_TRUE:
				return getWhenTrue();
			case PtlPackage.CONDITIONAL_EXPRESSION__WHEN_FALSE:
				return getWhenFalse();
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
			case PtlPackage.CONDITIONAL_EXPRESSION__CONDITION:
				setCondition((Expression)newValue);
				return;
			case PtlPackage.CONDITIONAL_EXPRESSION__WHEN_TRUE:
				setWhenTrue((Expression)newValue);
				return;
			case PtlPackage.CONDITIONAL_EXPRESSION__WHEN_FALSE:
				setWhenFalse((Expression)newValue);
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
			case PtlPackage.CONDITIONAL_EXPRESSION__CONDITION:
				setCondition((Expression)null);
				return;
			case PtlPackage.CONDITIONAL_EXPRESSION__WHEN_TRUE:
				setWhenTrue((Expression)null);
				return;
			case PtlPackage.CONDITIONAL_EXPRESSION__WHEN_FALSE:
				setWhenFalse((Expression)null);
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
			case PtlPackage.CONDITIONAL_EXPRESSION__CONDITION:
				return condition != null;
			case PtlPackage.CONDITIONAL_EXPRESSION__WHEN_TRUE:
				return whenTrue != null;
			case PtlPackage.CONDITIONAL_EXPRESSION__WHEN_FALSE:
				return whenFalse != null;
		}
		return super.eIsSet(featureID);
	}

} //ConditionalExpressionImpl
