/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.ptl.model.Component;
import org.ptl.model.PtlPackage;
import org.ptl.model.Transition;
import org.ptl.model.TransitionStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Transition Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.TransitionStepImpl#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link org.ptl.model.impl.TransitionStepImpl#getInitiatorIndex <em>Initiator Index</em>}</li>
 *   <li>{@link org.ptl.model.impl.TransitionStepImpl#getTransition <em>Transition</em>}</li>
 *   <li>{@link org.ptl.model.impl.TransitionStepImpl#getPage <em>Page</em>}</li>
 *   <li>{@link org.ptl.model.impl.TransitionStepImpl#getCompleter <em>Completer</em>}</li>
 *   <li>{@link org.ptl.model.impl.TransitionStepImpl#getCompleterIndex <em>Completer Index</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TransitionStepImpl extends StepImpl implements TransitionStep
{
	/**
	 * The cached value of the '{@link #getInitiator() <em>Initiator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiator()
	 * @generated
	 * @ordered
	 */
	protected Component initiator;

	/**
	 * The default value of the '{@link #getInitiatorIndex() <em>Initiator Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatorIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INITIATOR_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getInitiatorIndex() <em>Initiator Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatorIndex()
	 * @generated
	 * @ordered
	 */
	protected int initiatorIndex = INITIATOR_INDEX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTransition() <em>Transition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransition()
	 * @generated
	 * @ordered
	 */
	protected Transition transition;

	/**
	 * The default value of the '{@link #getPage() <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPage()
	 * @generated
	 * @ordered
	 */
	protected static final int PAGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPage() <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPage()
	 * @generated
	 * @ordered
	 */
	protected int page = PAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCompleter() <em>Completer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompleter()
	 * @generated
	 * @ordered
	 */
	protected Component completer;

	/**
	 * The default value of the '{@link #getCompleterIndex() <em>Completer Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompleterIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int COMPLETER_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCompleterIndex() <em>Completer Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompleterIndex()
	 * @generated
	 * @ordered
	 */
	protected int completerIndex = COMPLETER_INDEX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TransitionStepImpl()
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
		return PtlPackage.Literals.TRANSITION_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Component getInitiator()
	{
		if (initiator != null && initiator.eIsProxy())
		{
			InternalEObject oldInitiator = (InternalEObject)initiator;
			initiator = (Component)eResolveProxy(oldInitiator);
			if (initiator != oldInitiator)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.TRANSITION_STEP__INITIATOR, oldInitiator, initiator));
			}
		}
		return initiator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Component basicGetInitiator()
	{
		return initiator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitiator(Component newInitiator)
	{
		Component oldInitiator = initiator;
		initiator = newInitiator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.TRANSITION_STEP__INITIATOR, oldInitiator, initiator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInitiatorIndex()
	{
		return initiatorIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitiatorIndex(int newInitiatorIndex)
	{
		int oldInitiatorIndex = initiatorIndex;
		initiatorIndex = newInitiatorIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.TRANSITION_STEP__INITIATOR_INDEX, oldInitiatorIndex, initiatorIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Transition getTransition()
	{
		if (transition != null && transition.eIsProxy())
		{
			InternalEObject oldTransition = (InternalEObject)transition;
			transition = (Transition)eResolveProxy(oldTransition);
			if (transition != oldTransition)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.TRANSITION_STEP__TRANSITION, oldTransition, transition));
			}
		}
		return transition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Transition basicGetTransition()
	{
		return transition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransition(Transition newTransition)
	{
		Transition oldTransition = transition;
		transition = newTransition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.TRANSITION_STEP__TRANSITION, oldTransition, transition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPage()
	{
		return page;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPage(int newPage)
	{
		int oldPage = page;
		page = newPage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.TRANSITION_STEP__PAGE, oldPage, page));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Component getCompleter()
	{
		if (completer != null && completer.eIsProxy())
		{
			InternalEObject oldCompleter = (InternalEObject)completer;
			completer = (Component)eResolveProxy(oldCompleter);
			if (completer != oldCompleter)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.TRANSITION_STEP__COMPLETER, oldCompleter, completer));
			}
		}
		return completer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Component basicGetCompleter()
	{
		return completer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompleter(Component newCompleter)
	{
		Component oldCompleter = completer;
		completer = newCompleter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.TRANSITION_STEP__COMPLETER, oldCompleter, completer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCompleterIndex()
	{
		return completerIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompleterIndex(int newCompleterIndex)
	{
		int oldCompleterIndex = completerIndex;
		completerIndex = newCompleterIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.TRANSITION_STEP__COMPLETER_INDEX, oldCompleterIndex, completerIndex));
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
			case PtlPackage.TRANSITION_STEP__INITIATOR:
				if (resolve) return getInitiator();
				return basicGetInitiator();
			case PtlPackage.TRANSITION_STEP__INITIATOR_INDEX:
				return getInitiatorIndex();
			case PtlPackage.TRANSITION_STEP__TRANSITION:
				if (resolve) return getTransition();
				return basicGetTransition();
			case PtlPackage.TRANSITION_STEP__PAGE:
				return getPage();
			case PtlPackage.TRANSITION_STEP__COMPLETER:
				if (resolve) return getCompleter();
				return basicGetCompleter();
			case PtlPackage.TRANSITION_STEP__COMPLETER_INDEX:
				return getCompleterIndex();
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
			case PtlPackage.TRANSITION_STEP__INITIATOR:
				setInitiator((Component)newValue);
				return;
			case PtlPackage.TRANSITION_STEP__INITIATOR_INDEX:
				setInitiatorIndex((Integer)newValue);
				return;
			case PtlPackage.TRANSITION_STEP__TRANSITION:
				setTransition((Transition)newValue);
				return;
			case PtlPackage.TRANSITION_STEP__PAGE:
				setPage((Integer)newValue);
				return;
			case PtlPackage.TRANSITION_STEP__COMPLETER:
				setCompleter((Component)newValue);
				return;
			case PtlPackage.TRANSITION_STEP__COMPLETER_INDEX:
				setCompleterIndex((Integer)newValue);
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
			case PtlPackage.TRANSITION_STEP__INITIATOR:
				setInitiator((Component)null);
				return;
			case PtlPackage.TRANSITION_STEP__INITIATOR_INDEX:
				setInitiatorIndex(INITIATOR_INDEX_EDEFAULT);
				return;
			case PtlPackage.TRANSITION_STEP__TRANSITION:
				setTransition((Transition)null);
				return;
			case PtlPackage.TRANSITION_STEP__PAGE:
				setPage(PAGE_EDEFAULT);
				return;
			case PtlPackage.TRANSITION_STEP__COMPLETER:
				setCompleter((Component)null);
				return;
			case PtlPackage.TRANSITION_STEP__COMPLETER_INDEX:
				setCompleterIndex(COMPLETER_INDEX_EDEFAULT);
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
			case PtlPackage.TRANSITION_STEP__INITIATOR:
				return initiator != null;
			case PtlPackage.TRANSITION_STEP__INITIATOR_INDEX:
				return initiatorIndex != INITIATOR_INDEX_EDEFAULT;
			case PtlPackage.TRANSITION_STEP__TRANSITION:
				return transition != null;
			case PtlPackage.TRANSITION_STEP__PAGE:
				return page != PAGE_EDEFAULT;
			case PtlPackage.TRANSITION_STEP__COMPLETER:
				return completer != null;
			case PtlPackage.TRANSITION_STEP__COMPLETER_INDEX:
				return completerIndex != COMPLETER_INDEX_EDEFAULT;
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
		result.append(" (initiatorIndex: ");
		result.append(initiatorIndex);
		result.append(", page: ");
		result.append(page);
		result.append(", completerIndex: ");
		result.append(completerIndex);
		result.append(')');
		return result.toString();
	}

} //TransitionStepImpl
