/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.ptl.model.ProtocolUpdate;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Protocol Update</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class ProtocolUpdateImpl extends MinimalEObjectImpl.Container implements ProtocolUpdate
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtocolUpdateImpl()
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
		return PtlPackage.Literals.PROTOCOL_UPDATE;
	}

} //ProtocolUpdateImpl
