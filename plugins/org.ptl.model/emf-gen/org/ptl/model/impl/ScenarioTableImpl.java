/**
 */
package org.ptl.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.ptl.model.CpuFeature;
import org.ptl.model.Format;
import org.ptl.model.Operations;
import org.ptl.model.PtlPackage;
import org.ptl.model.ScenarioTable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario Table</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.ScenarioTableImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.ptl.model.impl.ScenarioTableImpl#getOperations <em>Operations</em>}</li>
 *   <li>{@link org.ptl.model.impl.ScenarioTableImpl#getFeatures <em>Features</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioTableImpl extends NamedImpl implements ScenarioTable
{
	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected Format format;

	/**
	 * The cached value of the '{@link #getOperations() <em>Operations</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperations()
	 * @generated
	 * @ordered
	 */
	protected Operations operations;

	/**
	 * The cached value of the '{@link #getFeatures() <em>Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<CpuFeature> features;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioTableImpl()
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
		return PtlPackage.Literals.SCENARIO_TABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Format getFormat()
	{
		if (format != null && format.eIsProxy())
		{
			InternalEObject oldFormat = (InternalEObject)format;
			format = (Format)eResolveProxy(oldFormat);
			if (format != oldFormat)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.SCENARIO_TABLE__FORMAT, oldFormat, format));
			}
		}
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Format basicGetFormat()
	{
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(Format newFormat)
	{
		Format oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.SCENARIO_TABLE__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Operations getOperations()
	{
		if (operations != null && operations.eIsProxy())
		{
			InternalEObject oldOperations = (InternalEObject)operations;
			operations = (Operations)eResolveProxy(oldOperations);
			if (operations != oldOperations)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PtlPackage.SCENARIO_TABLE__OPERATIONS, oldOperations, operations));
			}
		}
		return operations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Operations basicGetOperations()
	{
		return operations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperations(Operations newOperations)
	{
		Operations oldOperations = operations;
		operations = newOperations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PtlPackage.SCENARIO_TABLE__OPERATIONS, oldOperations, operations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CpuFeature> getFeatures()
	{
		if (features == null)
		{
			features = new EDataTypeEList<CpuFeature>(CpuFeature.class, this, PtlPackage.SCENARIO_TABLE__FEATURES);
		}
		return features;
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
			case PtlPackage.SCENARIO_TABLE__FORMAT:
				if (resolve) return getFormat();
				return basicGetFormat();
			case PtlPackage.SCENARIO_TABLE__OPERATIONS:
				if (resolve) return getOperations();
				return basicGetOperations();
			case PtlPackage.SCENARIO_TABLE__FEATURES:
				return getFeatures();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PtlPackage.SCENARIO_TABLE__FORMAT:
				setFormat((Format)newValue);
				return;
			case PtlPackage.SCENARIO_TABLE__OPERATIONS:
				setOperations((Operations)newValue);
				return;
			case PtlPackage.SCENARIO_TABLE__FEATURES:
				getFeatures().clear();
				getFeatures().addAll((Collection<? extends CpuFeature>)newValue);
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
			case PtlPackage.SCENARIO_TABLE__FORMAT:
				setFormat((Format)null);
				return;
			case PtlPackage.SCENARIO_TABLE__OPERATIONS:
				setOperations((Operations)null);
				return;
			case PtlPackage.SCENARIO_TABLE__FEATURES:
				getFeatures().clear();
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
			case PtlPackage.SCENARIO_TABLE__FORMAT:
				return format != null;
			case PtlPackage.SCENARIO_TABLE__OPERATIONS:
				return operations != null;
			case PtlPackage.SCENARIO_TABLE__FEATURES:
				return features != null && !features.isEmpty();
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
		result.append(" (features: ");
		result.append(features);
		result.append(')');
		return result.toString();
	}

} //ScenarioTableImpl
