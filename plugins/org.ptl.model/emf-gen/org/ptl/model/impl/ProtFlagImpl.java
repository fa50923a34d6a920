/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.ptl.model.ProtFlag;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Prot Flag</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ProtFlagImpl extends NamedImpl implements ProtFlag
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtFlagImpl()
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
		return PtlPackage.Literals.PROT_FLAG;
	}

} //ProtFlagImpl
