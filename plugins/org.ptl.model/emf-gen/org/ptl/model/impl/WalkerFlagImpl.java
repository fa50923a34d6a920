/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.ptl.model.PtlPackage;
import org.ptl.model.WalkerFlag;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Walker Flag</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class WalkerFlagImpl extends NamedImpl implements WalkerFlag
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WalkerFlagImpl()
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
		return PtlPackage.Literals.WALKER_FLAG;
	}

} //WalkerFlagImpl
