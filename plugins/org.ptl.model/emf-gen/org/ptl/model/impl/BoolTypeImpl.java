/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.ptl.model.BoolType;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bool Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class BoolTypeImpl extends VariableTypeImpl implements BoolType
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BoolTypeImpl()
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
		return PtlPackage.Literals.BOOL_TYPE;
	}

} //BoolTypeImpl
