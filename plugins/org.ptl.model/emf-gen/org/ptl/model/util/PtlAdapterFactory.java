/**
 */
package org.ptl.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.ptl.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.ptl.model.PtlPackage
 * @generated
 */
public class PtlAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PtlPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PtlAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = PtlPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PtlSwitch<Adapter> modelSwitch =
		new PtlSwitch<Adapter>()
		{
			@Override
			public Adapter casePtlModel(PtlModel object)
			{
				return createPtlModelAdapter();
			}
			@Override
			public Adapter caseImport(Import object)
			{
				return createImportAdapter();
			}
			@Override
			public Adapter caseSeverityDirective(SeverityDirective object)
			{
				return createSeverityDirectiveAdapter();
			}
			@Override
			public Adapter caseNamed(Named object)
			{
				return createNamedAdapter();
			}
			@Override
			public Adapter caseElement(Element object)
			{
				return createElementAdapter();
			}
			@Override
			public Adapter caseFormat(Format object)
			{
				return createFormatAdapter();
			}
			@Override
			public Adapter caseDescriptor(Descriptor object)
			{
				return createDescriptorAdapter();
			}
			@Override
			public Adapter caseField(Field object)
			{
				return createFieldAdapter();
			}
			@Override
			public Adapter caseEnumLiteral(EnumLiteral object)
			{
				return createEnumLiteralAdapter();
			}
			@Override
			public Adapter caseBitRange(BitRange object)
			{
				return createBitRangeAdapter();
			}
			@Override
			public Adapter caseClaimSet(ClaimSet object)
			{
				return createClaimSetAdapter();
			}
			@Override
			public Adapter caseClaim(Claim object)
			{
				return createClaimAdapter();
			}
			@Override
			public Adapter caseOwnershipModel(OwnershipModel object)
			{
				return createOwnershipModelAdapter();
			}
			@Override
			public Adapter caseState(State object)
			{
				return createStateAdapter();
			}
			@Override
			public Adapter caseComponent(Component object)
			{
				return createComponentAdapter();
			}
			@Override
			public Adapter caseTransition(Transition object)
			{
				return createTransitionAdapter();
			}
			@Override
			public Adapter caseTransitionSide(TransitionSide object)
			{
				return createTransitionSideAdapter();
			}
			@Override
			public Adapter caseInvariant(Invariant object)
			{
				return createInvariantAdapter();
			}
			@Override
			public Adapter casePredicate(Predicate object)
			{
				return createPredicateAdapter();
			}
			@Override
			public Adapter caseBinaryPredicate(BinaryPredicate object)
			{
				return createBinaryPredicateAdapter();
			}
			@Override
			public Adapter caseNotPredicate(NotPredicate object)
			{
				return createNotPredicateAdapter();
			}
			@Override
			public Adapter caseQuantifiedPredicate(QuantifiedPredicate object)
			{
				return createQuantifiedPredicateAdapter();
			}
			@Override
			public Adapter caseEncoding(Encoding object)
			{
				return createEncodingAdapter();
			}
			@Override
			public Adapter caseStateEncoding(StateEncoding object)
			{
				return createStateEncodingAdapter();
			}
			@Override
			public Adapter caseReservedEncoding(ReservedEncoding object)
			{
				return createReservedEncodingAdapter();
			}
			@Override
			public Adapter caseCounter(Counter object)
			{
				return createCounterAdapter();
			}
			@Override
			public Adapter caseGuard(Guard object)
			{
				return createGuardAdapter();
			}
			@Override
			public Adapter caseCounterUpdate(CounterUpdate object)
			{
				return createCounterUpdateAdapter();
			}
			@Override
			public Adapter caseCounterComparison(CounterComparison object)
			{
				return createCounterComparisonAdapter();
			}
			@Override
			public Adapter caseMemberCount(MemberCount object)
			{
				return createMemberCountAdapter();
			}
			@Override
			public Adapter caseComponentState(ComponentState object)
			{
				return createComponentStateAdapter();
			}
			@Override
			public Adapter caseOperations(Operations object)
			{
				return createOperationsAdapter();
			}
			@Override
			public Adapter caseProtFlag(ProtFlag object)
			{
				return createProtFlagAdapter();
			}
			@Override
			public Adapter caseOperation(Operation object)
			{
				return createOperationAdapter();
			}
			@Override
			public Adapter caseRejectRule(RejectRule object)
			{
				return createRejectRuleAdapter();
			}
			@Override
			public Adapter caseFlagCombination(FlagCombination object)
			{
				return createFlagCombinationAdapter();
			}
			@Override
			public Adapter caseProtTerm(ProtTerm object)
			{
				return createProtTermAdapter();
			}
			@Override
			public Adapter caseAttributeRule(AttributeRule object)
			{
				return createAttributeRuleAdapter();
			}
			@Override
			public Adapter caseFieldAssignment(FieldAssignment object)
			{
				return createFieldAssignmentAdapter();
			}
			@Override
			public Adapter caseWalkerPolicy(WalkerPolicy object)
			{
				return createWalkerPolicyAdapter();
			}
			@Override
			public Adapter caseWalkerFlag(WalkerFlag object)
			{
				return createWalkerFlagAdapter();
			}
			@Override
			public Adapter caseNamedOutcome(NamedOutcome object)
			{
				return createNamedOutcomeAdapter();
			}
			@Override
			public Adapter casePolicyRule(PolicyRule object)
			{
				return createPolicyRuleAdapter();
			}
			@Override
			public Adapter caseOutcomePattern(OutcomePattern object)
			{
				return createOutcomePatternAdapter();
			}
			@Override
			public Adapter caseFlagTerm(FlagTerm object)
			{
				return createFlagTermAdapter();
			}
			@Override
			public Adapter caseBinding(Binding object)
			{
				return createBindingAdapter();
			}
			@Override
			public Adapter caseComponentBinding(ComponentBinding object)
			{
				return createComponentBindingAdapter();
			}
			@Override
			public Adapter caseScenario(Scenario object)
			{
				return createScenarioAdapter();
			}
			@Override
			public Adapter caseInitialOwnership(InitialOwnership object)
			{
				return createInitialOwnershipAdapter();
			}
			@Override
			public Adapter caseScenarioTable(ScenarioTable object)
			{
				return createScenarioTableAdapter();
			}
			@Override
			public Adapter caseStep(Step object)
			{
				return createStepAdapter();
			}
			@Override
			public Adapter caseMapStep(MapStep object)
			{
				return createMapStepAdapter();
			}
			@Override
			public Adapter caseUnmapStep(UnmapStep object)
			{
				return createUnmapStepAdapter();
			}
			@Override
			public Adapter caseRelaxStep(RelaxStep object)
			{
				return createRelaxStepAdapter();
			}
			@Override
			public Adapter caseWrprotectStep(WrprotectStep object)
			{
				return createWrprotectStepAdapter();
			}
			@Override
			public Adapter caseMkyoungStep(MkyoungStep object)
			{
				return createMkyoungStepAdapter();
			}
			@Override
			public Adapter caseMkoldStep(MkoldStep object)
			{
				return createMkoldStepAdapter();
			}
			@Override
			public Adapter caseSplitStep(SplitStep object)
			{
				return createSplitStepAdapter();
			}
			@Override
			public Adapter caseSetOwnerStep(SetOwnerStep object)
			{
				return createSetOwnerStepAdapter();
			}
			@Override
			public Adapter caseTranslateStep(TranslateStep object)
			{
				return createTranslateStepAdapter();
			}
			@Override
			public Adapter caseWalkStep(WalkStep object)
			{
				return createWalkStepAdapter();
			}
			@Override
			public Adapter caseVisitorOutcome(VisitorOutcome object)
			{
				return createVisitorOutcomeAdapter();
			}
			@Override
			public Adapter caseMemcacheStep(MemcacheStep object)
			{
				return createMemcacheStepAdapter();
			}
			@Override
			public Adapter caseTransitionStep(TransitionStep object)
			{
				return createTransitionStepAdapter();
			}
			@Override
			public Adapter caseExpectation(Expectation object)
			{
				return createExpectationAdapter();
			}
			@Override
			public Adapter caseExpectResult(ExpectResult object)
			{
				return createExpectResultAdapter();
			}
			@Override
			public Adapter caseExpectState(ExpectState object)
			{
				return createExpectStateAdapter();
			}
			@Override
			public Adapter caseExpectPte(ExpectPte object)
			{
				return createExpectPteAdapter();
			}
			@Override
			public Adapter caseExpectFault(ExpectFault object)
			{
				return createExpectFaultAdapter();
			}
			@Override
			public Adapter caseExpectInvariants(ExpectInvariants object)
			{
				return createExpectInvariantsAdapter();
			}
			@Override
			public Adapter caseExpectLeaves(ExpectLeaves object)
			{
				return createExpectLeavesAdapter();
			}
			@Override
			public Adapter caseExpectTables(ExpectTables object)
			{
				return createExpectTablesAdapter();
			}
			@Override
			public Adapter caseExpectVisited(ExpectVisited object)
			{
				return createExpectVisitedAdapter();
			}
			@Override
			public Adapter caseExpectMemcache(ExpectMemcache object)
			{
				return createExpectMemcacheAdapter();
			}
			@Override
			public Adapter caseExpectTranslations(ExpectTranslations object)
			{
				return createExpectTranslationsAdapter();
			}
			@Override
			public Adapter caseConcurrentBlock(ConcurrentBlock object)
			{
				return createConcurrentBlockAdapter();
			}
			@Override
			public Adapter caseCpu(Cpu object)
			{
				return createCpuAdapter();
			}
			@Override
			public Adapter caseCpuOperation(CpuOperation object)
			{
				return createCpuOperationAdapter();
			}
			@Override
			public Adapter caseExpectedResult(ExpectedResult object)
			{
				return createExpectedResultAdapter();
			}
			@Override
			public Adapter caseLayout(Layout object)
			{
				return createLayoutAdapter();
			}
			@Override
			public Adapter caseVariable(Variable object)
			{
				return createVariableAdapter();
			}
			@Override
			public Adapter caseLayoutInput(LayoutInput object)
			{
				return createLayoutInputAdapter();
			}
			@Override
			public Adapter caseInputRange(InputRange object)
			{
				return createInputRangeAdapter();
			}
			@Override
			public Adapter caseDerivedValue(DerivedValue object)
			{
				return createDerivedValueAdapter();
			}
			@Override
			public Adapter caseTransform(Transform object)
			{
				return createTransformAdapter();
			}
			@Override
			public Adapter caseTransformParameter(TransformParameter object)
			{
				return createTransformParameterAdapter();
			}
			@Override
			public Adapter caseRegion(Region object)
			{
				return createRegionAdapter();
			}
			@Override
			public Adapter caseBitPicture(BitPicture object)
			{
				return createBitPictureAdapter();
			}
			@Override
			public Adapter caseBitSlice(BitSlice object)
			{
				return createBitSliceAdapter();
			}
			@Override
			public Adapter caseLayoutCondition(LayoutCondition object)
			{
				return createLayoutConditionAdapter();
			}
			@Override
			public Adapter caseExpression(Expression object)
			{
				return createExpressionAdapter();
			}
			@Override
			public Adapter caseBinaryExpression(BinaryExpression object)
			{
				return createBinaryExpressionAdapter();
			}
			@Override
			public Adapter caseUnaryExpression(UnaryExpression object)
			{
				return createUnaryExpressionAdapter();
			}
			@Override
			public Adapter caseConditionalExpression(ConditionalExpression object)
			{
				return createConditionalExpressionAdapter();
			}
			@Override
			public Adapter caseNumberLiteral(NumberLiteral object)
			{
				return createNumberLiteralAdapter();
			}
			@Override
			public Adapter caseBooleanLiteral(BooleanLiteral object)
			{
				return createBooleanLiteralAdapter();
			}
			@Override
			public Adapter caseVariableReference(VariableReference object)
			{
				return createVariableReferenceAdapter();
			}
			@Override
			public Adapter caseCallExpression(CallExpression object)
			{
				return createCallExpressionAdapter();
			}
			@Override
			public Adapter caseRegionBound(RegionBound object)
			{
				return createRegionBoundAdapter();
			}
			@Override
			public Adapter caseMembershipExpression(MembershipExpression object)
			{
				return createMembershipExpressionAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.PtlModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.PtlModel
	 * @generated
	 */
	public Adapter createPtlModelAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Import <em>Import</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Import
	 * @generated
	 */
	public Adapter createImportAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.SeverityDirective <em>Severity Directive</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.SeverityDirective
	 * @generated
	 */
	public Adapter createSeverityDirectiveAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Named
	 * @generated
	 */
	public Adapter createNamedAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Element
	 * @generated
	 */
	public Adapter createElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Format <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Format
	 * @generated
	 */
	public Adapter createFormatAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Descriptor <em>Descriptor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Descriptor
	 * @generated
	 */
	public Adapter createDescriptorAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Field <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Field
	 * @generated
	 */
	public Adapter createFieldAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.EnumLiteral <em>Enum Literal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.EnumLiteral
	 * @generated
	 */
	public Adapter createEnumLiteralAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.BitRange <em>Bit Range</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.BitRange
	 * @generated
	 */
	public Adapter createBitRangeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ClaimSet <em>Claim Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ClaimSet
	 * @generated
	 */
	public Adapter createClaimSetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Claim <em>Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Claim
	 * @generated
	 */
	public Adapter createClaimAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.OwnershipModel <em>Ownership Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.OwnershipModel
	 * @generated
	 */
	public Adapter createOwnershipModelAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.State <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.State
	 * @generated
	 */
	public Adapter createStateAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Component <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Component
	 * @generated
	 */
	public Adapter createComponentAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Transition <em>Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Transition
	 * @generated
	 */
	public Adapter createTransitionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.TransitionSide <em>Transition Side</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.TransitionSide
	 * @generated
	 */
	public Adapter createTransitionSideAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Invariant <em>Invariant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Invariant
	 * @generated
	 */
	public Adapter createInvariantAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Predicate <em>Predicate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Predicate
	 * @generated
	 */
	public Adapter createPredicateAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.BinaryPredicate <em>Binary Predicate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.BinaryPredicate
	 * @generated
	 */
	public Adapter createBinaryPredicateAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.NotPredicate <em>Not Predicate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.NotPredicate
	 * @generated
	 */
	public Adapter createNotPredicateAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.QuantifiedPredicate <em>Quantified Predicate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.QuantifiedPredicate
	 * @generated
	 */
	public Adapter createQuantifiedPredicateAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Encoding <em>Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Encoding
	 * @generated
	 */
	public Adapter createEncodingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.StateEncoding <em>State Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.StateEncoding
	 * @generated
	 */
	public Adapter createStateEncodingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ReservedEncoding <em>Reserved Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ReservedEncoding
	 * @generated
	 */
	public Adapter createReservedEncodingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Counter <em>Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Counter
	 * @generated
	 */
	public Adapter createCounterAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Guard <em>Guard</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Guard
	 * @generated
	 */
	public Adapter createGuardAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.CounterUpdate <em>Counter Update</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.CounterUpdate
	 * @generated
	 */
	public Adapter createCounterUpdateAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.CounterComparison <em>Counter Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.CounterComparison
	 * @generated
	 */
	public Adapter createCounterComparisonAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.MemberCount <em>Member Count</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.MemberCount
	 * @generated
	 */
	public Adapter createMemberCountAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ComponentState <em>Component State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ComponentState
	 * @generated
	 */
	public Adapter createComponentStateAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Operations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Operations
	 * @generated
	 */
	public Adapter createOperationsAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ProtFlag <em>Prot Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ProtFlag
	 * @generated
	 */
	public Adapter createProtFlagAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Operation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Operation
	 * @generated
	 */
	public Adapter createOperationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.RejectRule <em>Reject Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.RejectRule
	 * @generated
	 */
	public Adapter createRejectRuleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.FlagCombination <em>Flag Combination</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.FlagCombination
	 * @generated
	 */
	public Adapter createFlagCombinationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ProtTerm <em>Prot Term</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ProtTerm
	 * @generated
	 */
	public Adapter createProtTermAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.AttributeRule <em>Attribute Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.AttributeRule
	 * @generated
	 */
	public Adapter createAttributeRuleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.FieldAssignment <em>Field Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.FieldAssignment
	 * @generated
	 */
	public Adapter createFieldAssignmentAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.WalkerPolicy <em>Walker Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.WalkerPolicy
	 * @generated
	 */
	public Adapter createWalkerPolicyAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.WalkerFlag <em>Walker Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.WalkerFlag
	 * @generated
	 */
	public Adapter createWalkerFlagAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.NamedOutcome <em>Named Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.NamedOutcome
	 * @generated
	 */
	public Adapter createNamedOutcomeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.PolicyRule <em>Policy Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.PolicyRule
	 * @generated
	 */
	public Adapter createPolicyRuleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.OutcomePattern <em>Outcome Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.OutcomePattern
	 * @generated
	 */
	public Adapter createOutcomePatternAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.FlagTerm <em>Flag Term</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.FlagTerm
	 * @generated
	 */
	public Adapter createFlagTermAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Binding <em>Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Binding
	 * @generated
	 */
	public Adapter createBindingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ComponentBinding <em>Component Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ComponentBinding
	 * @generated
	 */
	public Adapter createComponentBindingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Scenario
	 * @generated
	 */
	public Adapter createScenarioAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.InitialOwnership <em>Initial Ownership</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.InitialOwnership
	 * @generated
	 */
	public Adapter createInitialOwnershipAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ScenarioTable <em>Scenario Table</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ScenarioTable
	 * @generated
	 */
	public Adapter createScenarioTableAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Step
	 * @generated
	 */
	public Adapter createStepAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.MapStep <em>Map Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.MapStep
	 * @generated
	 */
	public Adapter createMapStepAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.UnmapStep <em>Unmap Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.UnmapStep
	 * @generated
	 */
	public Adapter createUnmapStepAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.RelaxStep <em>Relax Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.RelaxStep
	 * @generated
	 */
	public Adapter createRelaxStepAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.WrprotectStep <em>Wrprotect Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.WrprotectStep
	 * @generated
	 */
	public Adapter createWrprotectStepAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.MkyoungStep <em>Mkyoung Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.MkyoungStep
	 * @generated
	 */
	public Adapter createMkyoungStepAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.MkoldStep <em>Mkold Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.MkoldStep
	 * @generated
	 */
	public Adapter createMkoldStepAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.SplitStep <em>Split Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.SplitStep
	 * @generated
	 */
	public Adapter createSplitStepAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.SetOwnerStep <em>Set Owner Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.SetOwnerStep
	 * @generated
	 */
	public Adapter createSetOwnerStepAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.TranslateStep <em>Translate Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.TranslateStep
	 * @generated
	 */
	public Adapter createTranslateStepAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.WalkStep <em>Walk Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.WalkStep
	 * @generated
	 */
	public Adapter createWalkStepAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.VisitorOutcome <em>Visitor Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.VisitorOutcome
	 * @generated
	 */
	public Adapter createVisitorOutcomeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.MemcacheStep <em>Memcache Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.MemcacheStep
	 * @generated
	 */
	public Adapter createMemcacheStepAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.TransitionStep <em>Transition Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.TransitionStep
	 * @generated
	 */
	public Adapter createTransitionStepAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Expectation <em>Expectation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Expectation
	 * @generated
	 */
	public Adapter createExpectationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ExpectResult <em>Expect Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ExpectResult
	 * @generated
	 */
	public Adapter createExpectResultAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ExpectState <em>Expect State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ExpectState
	 * @generated
	 */
	public Adapter createExpectStateAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ExpectPte <em>Expect Pte</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ExpectPte
	 * @generated
	 */
	public Adapter createExpectPteAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ExpectFault <em>Expect Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ExpectFault
	 * @generated
	 */
	public Adapter createExpectFaultAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ExpectInvariants <em>Expect Invariants</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ExpectInvariants
	 * @generated
	 */
	public Adapter createExpectInvariantsAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ExpectLeaves <em>Expect Leaves</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ExpectLeaves
	 * @generated
	 */
	public Adapter createExpectLeavesAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ExpectTables <em>Expect Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ExpectTables
	 * @generated
	 */
	public Adapter createExpectTablesAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ExpectVisited <em>Expect Visited</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ExpectVisited
	 * @generated
	 */
	public Adapter createExpectVisitedAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ExpectMemcache <em>Expect Memcache</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ExpectMemcache
	 * @generated
	 */
	public Adapter createExpectMemcacheAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ExpectTranslations <em>Expect Translations</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ExpectTranslations
	 * @generated
	 */
	public Adapter createExpectTranslationsAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ConcurrentBlock <em>Concurrent Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ConcurrentBlock
	 * @generated
	 */
	public Adapter createConcurrentBlockAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Cpu <em>Cpu</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Cpu
	 * @generated
	 */
	public Adapter createCpuAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.CpuOperation <em>Cpu Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.CpuOperation
	 * @generated
	 */
	public Adapter createCpuOperationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ExpectedResult <em>Expected Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ExpectedResult
	 * @generated
	 */
	public Adapter createExpectedResultAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Layout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Layout
	 * @generated
	 */
	public Adapter createLayoutAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Variable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Variable
	 * @generated
	 */
	public Adapter createVariableAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.LayoutInput <em>Layout Input</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.LayoutInput
	 * @generated
	 */
	public Adapter createLayoutInputAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.InputRange <em>Input Range</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.InputRange
	 * @generated
	 */
	public Adapter createInputRangeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.DerivedValue <em>Derived Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.DerivedValue
	 * @generated
	 */
	public Adapter createDerivedValueAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Transform <em>Transform</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Transform
	 * @generated
	 */
	public Adapter createTransformAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.TransformParameter <em>Transform Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.TransformParameter
	 * @generated
	 */
	public Adapter createTransformParameterAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Region
	 * @generated
	 */
	public Adapter createRegionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.BitPicture <em>Bit Picture</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.BitPicture
	 * @generated
	 */
	public Adapter createBitPictureAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.BitSlice <em>Bit Slice</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.BitSlice
	 * @generated
	 */
	public Adapter createBitSliceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.LayoutCondition <em>Layout Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.LayoutCondition
	 * @generated
	 */
	public Adapter createLayoutConditionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.Expression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.Expression
	 * @generated
	 */
	public Adapter createExpressionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.BinaryExpression <em>Binary Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.BinaryExpression
	 * @generated
	 */
	public Adapter createBinaryExpressionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.UnaryExpression <em>Unary Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.UnaryExpression
	 * @generated
	 */
	public Adapter createUnaryExpressionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.ConditionalExpression <em>Conditional Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.ConditionalExpression
	 * @generated
	 */
	public Adapter createConditionalExpressionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.NumberLiteral <em>Number Literal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.NumberLiteral
	 * @generated
	 */
	public Adapter createNumberLiteralAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.BooleanLiteral <em>Boolean Literal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.BooleanLiteral
	 * @generated
	 */
	public Adapter createBooleanLiteralAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.VariableReference <em>Variable Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.VariableReference
	 * @generated
	 */
	public Adapter createVariableReferenceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.CallExpression <em>Call Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.CallExpression
	 * @generated
	 */
	public Adapter createCallExpressionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.RegionBound <em>Region Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.RegionBound
	 * @generated
	 */
	public Adapter createRegionBoundAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.ptl.model.MembershipExpression <em>Membership Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.ptl.model.MembershipExpression
	 * @generated
	 */
	public Adapter createMembershipExpressionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //PtlAdapterFactory
