/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.ptl.model.ProtocolStep;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Protocol Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class ProtocolStepImpl extends MinimalEObjectImpl.Container implements ProtocolStep
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtocolStepImpl()
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
		return PtlPackage.Literals.PROTOCOL_STEP;
	}

} //ProtocolStepImpl
