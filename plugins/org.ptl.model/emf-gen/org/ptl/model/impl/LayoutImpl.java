/**
 */
package org.ptl.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.ptl.model.BitPicture;
import org.ptl.model.DerivedValue;
import org.ptl.model.Layout;
import org.ptl.model.LayoutCondition;
import org.ptl.model.LayoutInput;
import org.ptl.model.PtlPackage;
import org.ptl.model.Region;
import org.ptl.model.Transform;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Layout</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ptl.model.impl.LayoutImpl#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.ptl.model.impl.LayoutImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.ptl.model.impl.LayoutImpl#getTransforms <em>Transforms</em>}</li>
 *   <li>{@link org.ptl.model.impl.LayoutImpl#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.ptl.model.impl.LayoutImpl#getPictures <em>Pictures</em>}</li>
 *   <li>{@link org.ptl.model.impl.LayoutImpl#getAssumptions <em>Assumptions</em>}</li>
 *   <li>{@link org.ptl.model.impl.LayoutImpl#getInvariants <em>Invariants</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LayoutImpl extends ElementImpl implements Layout
{
	/**
	 * The cached value of the '{@link #getInputs() <em>Inputs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected EList<LayoutInput> inputs;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<DerivedValue> values;

	/**
	 * The cached value of the '{@link #getTransforms() <em>Transforms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransforms()
	 * @generated
	 * @ordered
	 */
	protected EList<Transform> transforms;

	/**
	 * The cached value of the '{@link #getRegions() <em>Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<Region> regions;

	/**
	 * The cached value of the '{@link #getPictures() <em>Pictures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPictures()
	 * @generated
	 * @ordered
	 */
	protected EList<BitPicture> pictures;

	/**
	 * The cached value of the '{@link #getAssumptions() <em>Assumptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumptions()
	 * @generated
	 * @ordered
	 */
	protected EList<LayoutCondition> assumptions;

	/**
	 * The cached value of the '{@link #getInvariants() <em>Invariants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvariants()
	 * @generated
	 * @ordered
	 */
	protected EList<LayoutCondition> invariants;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LayoutImpl()
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
		return PtlPackage.Literals.LAYOUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LayoutInput> getInputs()
	{
		if (inputs == null)
		{
			inputs = new EObjectContainmentEList<LayoutInput>(LayoutInput.class, this, PtlPackage.LAYOUT__INPUTS);
		}
		return inputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DerivedValue> getValues()
	{
		if (values == null)
		{
			values = new EObjectContainmentEList<DerivedValue>(DerivedValue.class, this, PtlPackage.LAYOUT__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Transform> getTransforms()
	{
		if (transforms == null)
		{
			transforms = new EObjectContainmentEList<Transform>(Transform.class, this, PtlPackage.LAYOUT__TRANSFORMS);
		}
		return transforms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Region> getRegions()
	{
		if (regions == null)
		{
			regions = new EObjectContainmentEList<Region>(Region.class, this, PtlPackage.LAYOUT__REGIONS);
		}
		return regions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BitPicture> getPictures()
	{
		if (pictures == null)
		{
			pictures = new EObjectContainmentEList<BitPicture>(BitPicture.class, this, PtlPackage.LAYOUT__PICTURES);
		}
		return pictures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LayoutCondition> getAssumptions()
	{
		if (assumptions == null)
		{
			assumptions = new EObjectContainmentEList<LayoutCondition>(LayoutCondition.class, this, PtlPackage.LAYOUT__ASSUMPTIONS);
		}
		return assumptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LayoutCondition> getInvariants()
	{
		if (invariants == null)
		{
			invariants = new EObjectContainmentEList<LayoutCondition>(LayoutCondition.class, this, PtlPackage.LAYOUT__INVARIANTS);
		}
		return invariants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case PtlPackage.LAYOUT__INPUTS:
				return ((InternalEList<?>)getInputs()).basicRemove(otherEnd, msgs);
			case PtlPackage.LAYOUT__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
			case PtlPackage.LAYOUT__TRANSFORMS:
				return ((InternalEList<?>)getTransforms()).basicRemove(otherEnd, msgs);
			case PtlPackage.LAYOUT__REGIONS:
				return ((InternalEList<?>)getRegions()).basicRemove(otherEnd, msgs);
			case PtlPackage.LAYOUT__PICTURES:
				return ((InternalEList<?>)getPictures()).basicRemove(otherEnd, msgs);
			case PtlPackage.LAYOUT__ASSUMPTIONS:
				return ((InternalEList<?>)getAssumptions()).basicRemove(otherEnd, msgs);
			case PtlPackage.LAYOUT__INVARIANTS:
				return ((InternalEList<?>)getInvariants()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case PtlPackage.LAYOUT__INPUTS:
				return getInputs();
			case PtlPackage.LAYOUT__VALUES:
				return getValues();
			case PtlPackage.LAYOUT__TRANSFORMS:
				return getTransforms();
			case PtlPackage.LAYOUT__REGIONS:
				return getRegions();
			case PtlPackage.LAYOUT__PICTURES:
				return getPictures();
			case PtlPackage.LAYOUT__ASSUMPTIONS:
				return getAssumptions();
			case PtlPackage.LAYOUT__INVARIANTS:
				return getInvariants();
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
			case PtlPackage.LAYOUT__INPUTS:
				getInputs().clear();
				getInputs().addAll((Collection<? extends LayoutInput>)newValue);
				return;
			case PtlPackage.LAYOUT__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends DerivedValue>)newValue);
				return;
			case PtlPackage.LAYOUT__TRANSFORMS:
				getTransforms().clear();
				getTransforms().addAll((Collection<? extends Transform>)newValue);
				return;
			case PtlPackage.LAYOUT__REGIONS:
				getRegions().clear();
				getRegions().addAll((Collection<? extends Region>)newValue);
				return;
			case PtlPackage.LAYOUT__PICTURES:
				getPictures().clear();
				getPictures().addAll((Collection<? extends BitPicture>)newValue);
				return;
			case PtlPackage.LAYOUT__ASSUMPTIONS:
				getAssumptions().clear();
				getAssumptions().addAll((Collection<? extends LayoutCondition>)newValue);
				return;
			case PtlPackage.LAYOUT__INVARIANTS:
				getInvariants().clear();
				getInvariants().addAll((Collection<? extends LayoutCondition>)newValue);
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
			case PtlPackage.LAYOUT__INPUTS:
				getInputs().clear();
				return;
			case PtlPackage.LAYOUT__VALUES:
				getValues().clear();
				return;
			case PtlPackage.LAYOUT__TRANSFORMS:
				getTransforms().clear();
				return;
			case PtlPackage.LAYOUT__REGIONS:
				getRegions().clear();
				return;
			case PtlPackage.LAYOUT__PICTURES:
				getPictures().clear();
				return;
			case PtlPackage.LAYOUT__ASSUMPTIONS:
				getAssumptions().clear();
				return;
			case PtlPackage.LAYOUT__INVARIANTS:
				getInvariants().clear();
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
			case PtlPackage.LAYOUT__INPUTS:
				return inputs != null && !inputs.isEmpty();
			case PtlPackage.LAYOUT__VALUES:
				return values != null && !values.isEmpty();
			case PtlPackage.LAYOUT__TRANSFORMS:
				return transforms != null && !transforms.isEmpty();
			case PtlPackage.LAYOUT__REGIONS:
				return regions != null && !regions.isEmpty();
			case PtlPackage.LAYOUT__PICTURES:
				return pictures != null && !pictures.isEmpty();
			case PtlPackage.LAYOUT__ASSUMPTIONS:
				return assumptions != null && !assumptions.isEmpty();
			case PtlPackage.LAYOUT__INVARIANTS:
				return invariants != null && !invariants.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LayoutImpl
