/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.ptl.model.NamedOutcome;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Named Outcome</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class NamedOutcomeImpl extends NamedImpl implements NamedOutcome
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NamedOutcomeImpl()
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
		return PtlPackage.Literals.NAMED_OUTCOME;
	}

} //NamedOutcomeImpl
