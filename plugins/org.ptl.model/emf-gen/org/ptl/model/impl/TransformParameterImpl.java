/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.ptl.model.PtlPackage;
import org.ptl.model.TransformParameter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Transform Parameter</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class TransformParameterImpl extends VariableImpl implements TransformParameter
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TransformParameterImpl()
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
		return PtlPackage.Literals.TRANSFORM_PARAMETER;
	}

} //TransformParameterImpl
