/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.ptl.model.ProtocolLiteral;
import org.ptl.model.PtlPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Protocol Literal</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ProtocolLiteralImpl extends NamedImpl implements ProtocolLiteral
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtocolLiteralImpl()
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
		return PtlPackage.Literals.PROTOCOL_LITERAL;
	}

} //ProtocolLiteralImpl
