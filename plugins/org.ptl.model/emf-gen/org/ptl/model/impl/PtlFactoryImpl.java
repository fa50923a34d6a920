/**
 */
package org.ptl.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.ptl.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PtlFactoryImpl extends EFactoryImpl implements PtlFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PtlFactory init()
	{
		try
		{
			PtlFactory thePtlFactory = (PtlFactory)EPackage.Registry.INSTANCE.getEFactory(PtlPackage.eNS_URI);
			if (thePtlFactory != null)
			{
				return thePtlFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PtlFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PtlFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case PtlPackage.PTL_MODEL: return createPtlModel();
			case PtlPackage.IMPORT: return createImport();
			case PtlPackage.SEVERITY_DIRECTIVE: return createSeverityDirective();
			case PtlPackage.FORMAT: return createFormat();
			case PtlPackage.DESCRIPTOR: return createDescriptor();
			case PtlPackage.FIELD: return createField();
			case PtlPackage.ENUM_LITERAL: return createEnumLiteral();
			case PtlPackage.BIT_RANGE: return createBitRange();
			case PtlPackage.CLAIM_SET: return createClaimSet();
			case PtlPackage.CLAIM: return createClaim();
			case PtlPackage.OWNERSHIP_MODEL: return createOwnershipModel();
			case PtlPackage.STATE: return createState();
			case PtlPackage.COMPONENT: return createComponent();
			case PtlPackage.TRANSITION: return createTransition();
			case PtlPackage.TRANSITION_SIDE: return createTransitionSide();
			case PtlPackage.INVARIANT: return createInvariant();
			case PtlPackage.BINARY_PREDICATE: return createBinaryPredicate();
			case PtlPackage.NOT_PREDICATE: return createNotPredicate();
			case PtlPackage.QUANTIFIED_PREDICATE: return createQuantifiedPredicate();
			case PtlPackage.ENCODING: return createEncoding();
			case PtlPackage.STATE_ENCODING: return createStateEncoding();
			case PtlPackage.RESERVED_ENCODING: return createReservedEncoding();
			case PtlPackage.COUNTER: return createCounter();
			case PtlPackage.GUARD: return createGuard();
			case PtlPackage.COUNTER_UPDATE: return createCounterUpdate();
			case PtlPackage.COUNTER_COMPARISON: return createCounterComparison();
			case PtlPackage.MEMBER_COUNT: return createMemberCount();
			case PtlPackage.COMPONENT_STATE: return createComponentState();
			case PtlPackage.OPERATIONS: return createOperations();
			case PtlPackage.PROT_FLAG: return createProtFlag();
			case PtlPackage.OPERATION: return createOperation();
			case PtlPackage.REJECT_RULE: return createRejectRule();
			case PtlPackage.FLAG_COMBINATION: return createFlagCombination();
			case PtlPackage.PROT_TERM: return createProtTerm();
			case PtlPackage.ATTRIBUTE_RULE: return createAttributeRule();
			case PtlPackage.FIELD_ASSIGNMENT: return createFieldAssignment();
			case PtlPackage.WALKER_POLICY: return createWalkerPolicy();
			case PtlPackage.WALKER_FLAG: return createWalkerFlag();
			case PtlPackage.NAMED_OUTCOME: return createNamedOutcome();
			case PtlPackage.POLICY_RULE: return createPolicyRule();
			case PtlPackage.OUTCOME_PATTERN: return createOutcomePattern();
			case PtlPackage.FLAG_TERM: return createFlagTerm();
			case PtlPackage.BINDING: return createBinding();
			case PtlPackage.COMPONENT_BINDING: return createComponentBinding();
			case PtlPackage.SCENARIO: return createScenario();
			case PtlPackage.INITIAL_OWNERSHIP: return createInitialOwnership();
			case PtlPackage.SCENARIO_TABLE: return createScenarioTable();
			case PtlPackage.MAP_STEP: return createMapStep();
			case PtlPackage.UNMAP_STEP: return createUnmapStep();
			case PtlPackage.RELAX_STEP: return createRelaxStep();
			case PtlPackage.WRPROTECT_STEP: return createWrprotectStep();
			case PtlPackage.MKYOUNG_STEP: return createMkyoungStep();
			case PtlPackage.MKOLD_STEP: return createMkoldStep();
			case PtlPackage.SPLIT_STEP: return createSplitStep();
			case PtlPackage.SET_OWNER_STEP: return createSetOwnerStep();
			case PtlPackage.TRANSLATE_STEP: return createTranslateStep();
			case PtlPackage.WALK_STEP: return createWalkStep();
			case PtlPackage.VISITOR_OUTCOME: return createVisitorOutcome();
			case PtlPackage.MEMCACHE_STEP: return createMemcacheStep();
			case PtlPackage.TRANSITION_STEP: return createTransitionStep();
			case PtlPackage.EXPECT_RESULT: return createExpectResult();
			case PtlPackage.EXPECT_STATE: return createExpectState();
			case PtlPackage.EXPECT_PTE: return createExpectPte();
			case PtlPackage.EXPECT_FAULT: return createExpectFault();
			case PtlPackage.EXPECT_INVARIANTS: return createExpectInvariants();
			case PtlPackage.EXPECT_LEAVES: return createExpectLeaves();
			case PtlPackage.EXPECT_TABLES: return createExpectTables();
			case PtlPackage.EXPECT_VISITED: return createExpectVisited();
			case PtlPackage.EXPECT_MEMCACHE: return createExpectMemcache();
			case PtlPackage.EXPECT_TRANSLATIONS: return createExpectTranslations();
			case PtlPackage.CONCURRENT_BLOCK: return createConcurrentBlock();
			case PtlPackage.CPU: return createCpu();
			case PtlPackage.CPU_OPERATION: return createCpuOperation();
			case PtlPackage.EXPECTED_RESULT: return createExpectedResult();
			case PtlPackage.LAYOUT: return createLayout();
			case PtlPackage.LAYOUT_INPUT: return createLayoutInput();
			case PtlPackage.INPUT_RANGE: return createInputRange();
			case PtlPackage.DERIVED_VALUE: return createDerivedValue();
			case PtlPackage.TRANSFORM: return createTransform();
			case PtlPackage.TRANSFORM_PARAMETER: return createTransformParameter();
			case PtlPackage.REGION: return createRegion();
			case PtlPackage.BIT_PICTURE: return createBitPicture();
			case PtlPackage.BIT_SLICE: return createBitSlice();
			case PtlPackage.LAYOUT_CONDITION: return createLayoutCondition();
			case PtlPackage.BINARY_EXPRESSION: return createBinaryExpression();
			case PtlPackage.UNARY_EXPRESSION: return createUnaryExpression();
			case PtlPackage.CONDITIONAL_EXPRESSION: return createConditionalExpression();
			case PtlPackage.NUMBER_LITERAL: return createNumberLiteral();
			case PtlPackage.BOOLEAN_LITERAL: return createBooleanLiteral();
			case PtlPackage.VARIABLE_REFERENCE: return createVariableReference();
			case PtlPackage.CALL_EXPRESSION: return createCallExpression();
			case PtlPackage.REGION_BOUND: return createRegionBound();
			case PtlPackage.MEMBERSHIP_EXPRESSION: return createMembershipExpression();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case PtlPackage.SEVERITY_LEVEL:
				return createSeverityLevelFromString(eDataType, initialValue);
			case PtlPackage.DESCRIPTOR_KIND:
				return createDescriptorKindFromString(eDataType, initialValue);
			case PtlPackage.FIELD_ROLE:
				return createFieldRoleFromString(eDataType, initialValue);
			case PtlPackage.FIELD_KIND:
				return createFieldKindFromString(eDataType, initialValue);
			case PtlPackage.LOGICAL_OPERATOR:
				return createLogicalOperatorFromString(eDataType, initialValue);
			case PtlPackage.QUANTIFIER:
				return createQuantifierFromString(eDataType, initialValue);
			case PtlPackage.UPDATE_OPERATOR:
				return createUpdateOperatorFromString(eDataType, initialValue);
			case PtlPackage.COMPARISON:
				return createComparisonFromString(eDataType, initialValue);
			case PtlPackage.OUTPUT_ADDRESS_RULE:
				return createOutputAddressRuleFromString(eDataType, initialValue);
			case PtlPackage.SEEDED_BUG:
				return createSeededBugFromString(eDataType, initialValue);
			case PtlPackage.CPU_FEATURE:
				return createCpuFeatureFromString(eDataType, initialValue);
			case PtlPackage.LIBRARY_KIND:
				return createLibraryKindFromString(eDataType, initialValue);
			case PtlPackage.OPERATION_KIND:
				return createOperationKindFromString(eDataType, initialValue);
			case PtlPackage.RULE_CONDITION:
				return createRuleConditionFromString(eDataType, initialValue);
			case PtlPackage.ASSIGN_OPERATOR:
				return createAssignOperatorFromString(eDataType, initialValue);
			case PtlPackage.WALK_ACTION:
				return createWalkActionFromString(eDataType, initialValue);
			case PtlPackage.ACCESS_KIND:
				return createAccessKindFromString(eDataType, initialValue);
			case PtlPackage.FAULT_KIND:
				return createFaultKindFromString(eDataType, initialValue);
			case PtlPackage.GROWTH_DIRECTION:
				return createGrowthDirectionFromString(eDataType, initialValue);
			case PtlPackage.SLICE_KIND:
				return createSliceKindFromString(eDataType, initialValue);
			case PtlPackage.BINARY_OPERATOR:
				return createBinaryOperatorFromString(eDataType, initialValue);
			case PtlPackage.UNARY_OPERATOR:
				return createUnaryOperatorFromString(eDataType, initialValue);
			case PtlPackage.BUILTIN:
				return createBuiltinFromString(eDataType, initialValue);
			case PtlPackage.REGION_BOUND_KIND:
				return createRegionBoundKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case PtlPackage.SEVERITY_LEVEL:
				return convertSeverityLevelToString(eDataType, instanceValue);
			case PtlPackage.DESCRIPTOR_KIND:
				return convertDescriptorKindToString(eDataType, instanceValue);
			case PtlPackage.FIELD_ROLE:
				return convertFieldRoleToString(eDataType, instanceValue);
			case PtlPackage.FIELD_KIND:
				return convertFieldKindToString(eDataType, instanceValue);
			case PtlPackage.LOGICAL_OPERATOR:
				return convertLogicalOperatorToString(eDataType, instanceValue);
			case PtlPackage.QUANTIFIER:
				return convertQuantifierToString(eDataType, instanceValue);
			case PtlPackage.UPDATE_OPERATOR:
				return convertUpdateOperatorToString(eDataType, instanceValue);
			case PtlPackage.COMPARISON:
				return convertComparisonToString(eDataType, instanceValue);
			case PtlPackage.OUTPUT_ADDRESS_RULE:
				return convertOutputAddressRuleToString(eDataType, instanceValue);
			case PtlPackage.SEEDED_BUG:
				return convertSeededBugToString(eDataType, instanceValue);
			case PtlPackage.CPU_FEATURE:
				return convertCpuFeatureToString(eDataType, instanceValue);
			case PtlPackage.LIBRARY_KIND:
				return convertLibraryKindToString(eDataType, instanceValue);
			case PtlPackage.OPERATION_KIND:
				return convertOperationKindToString(eDataType, instanceValue);
			case PtlPackage.RULE_CONDITION:
				return convertRuleConditionToString(eDataType, instanceValue);
			case PtlPackage.ASSIGN_OPERATOR:
				return convertAssignOperatorToString(eDataType, instanceValue);
			case PtlPackage.WALK_ACTION:
				return convertWalkActionToString(eDataType, instanceValue);
			case PtlPackage.ACCESS_KIND:
				return convertAccessKindToString(eDataType, instanceValue);
			case PtlPackage.FAULT_KIND:
				return convertFaultKindToString(eDataType, instanceValue);
			case PtlPackage.GROWTH_DIRECTION:
				return convertGrowthDirectionToString(eDataType, instanceValue);
			case PtlPackage.SLICE_KIND:
				return convertSliceKindToString(eDataType, instanceValue);
			case PtlPackage.BINARY_OPERATOR:
				return convertBinaryOperatorToString(eDataType, instanceValue);
			case PtlPackage.UNARY_OPERATOR:
				return convertUnaryOperatorToString(eDataType, instanceValue);
			case PtlPackage.BUILTIN:
				return convertBuiltinToString(eDataType, instanceValue);
			case PtlPackage.REGION_BOUND_KIND:
				return convertRegionBoundKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PtlModel createPtlModel()
	{
		PtlModelImpl ptlModel = new PtlModelImpl();
		return ptlModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Import createImport()
	{
		ImportImpl import_ = new ImportImpl();
		return import_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeverityDirective createSeverityDirective()
	{
		SeverityDirectiveImpl severityDirective = new SeverityDirectiveImpl();
		return severityDirective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Format createFormat()
	{
		FormatImpl format = new FormatImpl();
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Descriptor createDescriptor()
	{
		DescriptorImpl descriptor = new DescriptorImpl();
		return descriptor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Field createField()
	{
		FieldImpl field = new FieldImpl();
		return field;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnumLiteral createEnumLiteral()
	{
		EnumLiteralImpl enumLiteral = new EnumLiteralImpl();
		return enumLiteral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BitRange createBitRange()
	{
		BitRangeImpl bitRange = new BitRangeImpl();
		return bitRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClaimSet createClaimSet()
	{
		ClaimSetImpl claimSet = new ClaimSetImpl();
		return claimSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Claim createClaim()
	{
		ClaimImpl claim = new ClaimImpl();
		return claim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OwnershipModel createOwnershipModel()
	{
		OwnershipModelImpl ownershipModel = new OwnershipModelImpl();
		return ownershipModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public State createState()
	{
		StateImpl state = new StateImpl();
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Component createComponent()
	{
		ComponentImpl component = new ComponentImpl();
		return component;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Transition createTransition()
	{
		TransitionImpl transition = new TransitionImpl();
		return transition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransitionSide createTransitionSide()
	{
		TransitionSideImpl transitionSide = new TransitionSideImpl();
		return transitionSide;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Invariant createInvariant()
	{
		InvariantImpl invariant = new InvariantImpl();
		return invariant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BinaryPredicate createBinaryPredicate()
	{
		BinaryPredicateImpl binaryPredicate = new BinaryPredicateImpl();
		return binaryPredicate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotPredicate createNotPredicate()
	{
		NotPredicateImpl notPredicate = new NotPredicateImpl();
		return notPredicate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantifiedPredicate createQuantifiedPredicate()
	{
		QuantifiedPredicateImpl quantifiedPredicate = new QuantifiedPredicateImpl();
		return quantifiedPredicate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Encoding createEncoding()
	{
		EncodingImpl encoding = new EncodingImpl();
		return encoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StateEncoding createStateEncoding()
	{
		StateEncodingImpl stateEncoding = new StateEncodingImpl();
		return stateEncoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReservedEncoding createReservedEncoding()
	{
		ReservedEncodingImpl reservedEncoding = new ReservedEncodingImpl();
		return reservedEncoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Counter createCounter()
	{
		CounterImpl counter = new CounterImpl();
		return counter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Guard createGuard()
	{
		GuardImpl guard = new GuardImpl();
		return guard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CounterUpdate createCounterUpdate()
	{
		CounterUpdateImpl counterUpdate = new CounterUpdateImpl();
		return counterUpdate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CounterComparison createCounterComparison()
	{
		CounterComparisonImpl counterComparison = new CounterComparisonImpl();
		return counterComparison;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemberCount createMemberCount()
	{
		MemberCountImpl memberCount = new MemberCountImpl();
		return memberCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentState createComponentState()
	{
		ComponentStateImpl componentState = new ComponentStateImpl();
		return componentState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Operations createOperations()
	{
		OperationsImpl operations = new OperationsImpl();
		return operations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtFlag createProtFlag()
	{
		ProtFlagImpl protFlag = new ProtFlagImpl();
		return protFlag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Operation createOperation()
	{
		OperationImpl operation = new OperationImpl();
		return operation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RejectRule createRejectRule()
	{
		RejectRuleImpl rejectRule = new RejectRuleImpl();
		return rejectRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlagCombination createFlagCombination()
	{
		FlagCombinationImpl flagCombination = new FlagCombinationImpl();
		return flagCombination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtTerm createProtTerm()
	{
		ProtTermImpl protTerm = new ProtTermImpl();
		return protTerm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttributeRule createAttributeRule()
	{
		AttributeRuleImpl attributeRule = new AttributeRuleImpl();
		return attributeRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldAssignment createFieldAssignment()
	{
		FieldAssignmentImpl fieldAssignment = new FieldAssignmentImpl();
		return fieldAssignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WalkerPolicy createWalkerPolicy()
	{
		WalkerPolicyImpl walkerPolicy = new WalkerPolicyImpl();
		return walkerPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WalkerFlag createWalkerFlag()
	{
		WalkerFlagImpl walkerFlag = new WalkerFlagImpl();
		return walkerFlag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedOutcome createNamedOutcome()
	{
		NamedOutcomeImpl namedOutcome = new NamedOutcomeImpl();
		return namedOutcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyRule createPolicyRule()
	{
		PolicyRuleImpl policyRule = new PolicyRuleImpl();
		return policyRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutcomePattern createOutcomePattern()
	{
		OutcomePatternImpl outcomePattern = new OutcomePatternImpl();
		return outcomePattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlagTerm createFlagTerm()
	{
		FlagTermImpl flagTerm = new FlagTermImpl();
		return flagTerm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Binding createBinding()
	{
		BindingImpl binding = new BindingImpl();
		return binding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentBinding createComponentBinding()
	{
		ComponentBindingImpl componentBinding = new ComponentBindingImpl();
		return componentBinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario()
	{
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InitialOwnership createInitialOwnership()
	{
		InitialOwnershipImpl initialOwnership = new InitialOwnershipImpl();
		return initialOwnership;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioTable createScenarioTable()
	{
		ScenarioTableImpl scenarioTable = new ScenarioTableImpl();
		return scenarioTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MapStep createMapStep()
	{
		MapStepImpl mapStep = new MapStepImpl();
		return mapStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnmapStep createUnmapStep()
	{
		UnmapStepImpl unmapStep = new UnmapStepImpl();
		return unmapStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelaxStep createRelaxStep()
	{
		RelaxStepImpl relaxStep = new RelaxStepImpl();
		return relaxStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WrprotectStep createWrprotectStep()
	{
		WrprotectStepImpl wrprotectStep = new WrprotectStepImpl();
		return wrprotectStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MkyoungStep createMkyoungStep()
	{
		MkyoungStepImpl mkyoungStep = new MkyoungStepImpl();
		return mkyoungStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MkoldStep createMkoldStep()
	{
		MkoldStepImpl mkoldStep = new MkoldStepImpl();
		return mkoldStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SplitStep createSplitStep()
	{
		SplitStepImpl splitStep = new SplitStepImpl();
		return splitStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SetOwnerStep createSetOwnerStep()
	{
		SetOwnerStepImpl setOwnerStep = new SetOwnerStepImpl();
		return setOwnerStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TranslateStep createTranslateStep()
	{
		TranslateStepImpl translateStep = new TranslateStepImpl();
		return translateStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WalkStep createWalkStep()
	{
		WalkStepImpl walkStep = new WalkStepImpl();
		return walkStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VisitorOutcome createVisitorOutcome()
	{
		VisitorOutcomeImpl visitorOutcome = new VisitorOutcomeImpl();
		return visitorOutcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemcacheStep createMemcacheStep()
	{
		MemcacheStepImpl memcacheStep = new MemcacheStepImpl();
		return memcacheStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransitionStep createTransitionStep()
	{
		TransitionStepImpl transitionStep = new TransitionStepImpl();
		return transitionStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectResult createExpectResult()
	{
		ExpectResultImpl expectResult = new ExpectResultImpl();
		return expectResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectState createExpectState()
	{
		ExpectStateImpl expectState = new ExpectStateImpl();
		return expectState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectPte createExpectPte()
	{
		ExpectPteImpl expectPte = new ExpectPteImpl();
		return expectPte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectFault createExpectFault()
	{
		ExpectFaultImpl expectFault = new ExpectFaultImpl();
		return expectFault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectInvariants createExpectInvariants()
	{
		ExpectInvariantsImpl expectInvariants = new ExpectInvariantsImpl();
		return expectInvariants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectLeaves createExpectLeaves()
	{
		ExpectLeavesImpl expectLeaves = new ExpectLeavesImpl();
		return expectLeaves;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectTables createExpectTables()
	{
		ExpectTablesImpl expectTables = new ExpectTablesImpl();
		return expectTables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectVisited createExpectVisited()
	{
		ExpectVisitedImpl expectVisited = new ExpectVisitedImpl();
		return expectVisited;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectMemcache createExpectMemcache()
	{
		ExpectMemcacheImpl expectMemcache = new ExpectMemcacheImpl();
		return expectMemcache;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectTranslations createExpectTranslations()
	{
		ExpectTranslationsImpl expectTranslations = new ExpectTranslationsImpl();
		return expectTranslations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConcurrentBlock createConcurrentBlock()
	{
		ConcurrentBlockImpl concurrentBlock = new ConcurrentBlockImpl();
		return concurrentBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cpu createCpu()
	{
		CpuImpl cpu = new CpuImpl();
		return cpu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CpuOperation createCpuOperation()
	{
		CpuOperationImpl cpuOperation = new CpuOperationImpl();
		return cpuOperation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectedResult createExpectedResult()
	{
		ExpectedResultImpl expectedResult = new ExpectedResultImpl();
		return expectedResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Layout createLayout()
	{
		LayoutImpl layout = new LayoutImpl();
		return layout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutInput createLayoutInput()
	{
		LayoutInputImpl layoutInput = new LayoutInputImpl();
		return layoutInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputRange createInputRange()
	{
		InputRangeImpl inputRange = new InputRangeImpl();
		return inputRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DerivedValue createDerivedValue()
	{
		DerivedValueImpl derivedValue = new DerivedValueImpl();
		return derivedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Transform createTransform()
	{
		TransformImpl transform = new TransformImpl();
		return transform;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransformParameter createTransformParameter()
	{
		TransformParameterImpl transformParameter = new TransformParameterImpl();
		return transformParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region createRegion()
	{
		RegionImpl region = new RegionImpl();
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BitPicture createBitPicture()
	{
		BitPictureImpl bitPicture = new BitPictureImpl();
		return bitPicture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BitSlice createBitSlice()
	{
		BitSliceImpl bitSlice = new BitSliceImpl();
		return bitSlice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutCondition createLayoutCondition()
	{
		LayoutConditionImpl layoutCondition = new LayoutConditionImpl();
		return layoutCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BinaryExpression createBinaryExpression()
	{
		BinaryExpressionImpl binaryExpression = new BinaryExpressionImpl();
		return binaryExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnaryExpression createUnaryExpression()
	{
		UnaryExpressionImpl unaryExpression = new UnaryExpressionImpl();
		return unaryExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionalExpression createConditionalExpression()
	{
		ConditionalExpressionImpl conditionalExpression = new ConditionalExpressionImpl();
		return conditionalExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NumberLiteral createNumberLiteral()
	{
		NumberLiteralImpl numberLiteral = new NumberLiteralImpl();
		return numberLiteral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanLiteral createBooleanLiteral()
	{
		BooleanLiteralImpl booleanLiteral = new BooleanLiteralImpl();
		return booleanLiteral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VariableReference createVariableReference()
	{
		VariableReferenceImpl variableReference = new VariableReferenceImpl();
		return variableReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CallExpression createCallExpression()
	{
		CallExpressionImpl callExpression = new CallExpressionImpl();
		return callExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionBound createRegionBound()
	{
		RegionBoundImpl regionBound = new RegionBoundImpl();
		return regionBound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MembershipExpression createMembershipExpression()
	{
		MembershipExpressionImpl membershipExpression = new MembershipExpressionImpl();
		return membershipExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SeverityLevel createSeverityLevelFromString(EDataType eDataType, String initialValue)
	{
		SeverityLevel result = SeverityLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityLevelToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DescriptorKind createDescriptorKindFromString(EDataType eDataType, String initialValue)
	{
		DescriptorKind result = DescriptorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDescriptorKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FieldRole createFieldRoleFromString(EDataType eDataType, String initialValue)
	{
		FieldRole result = FieldRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFieldRoleToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FieldKind createFieldKindFromString(EDataType eDataType, String initialValue)
	{
		FieldKind result = FieldKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFieldKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LogicalOperator createLogicalOperatorFromString(EDataType eDataType, String initialValue)
	{
		LogicalOperator result = LogicalOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLogicalOperatorToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Quantifier createQuantifierFromString(EDataType eDataType, String initialValue)
	{
		Quantifier result = Quantifier.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQuantifierToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UpdateOperator createUpdateOperatorFromString(EDataType eDataType, String initialValue)
	{
		UpdateOperator result = UpdateOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUpdateOperatorToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Comparison createComparisonFromString(EDataType eDataType, String initialValue)
	{
		Comparison result = Comparison.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComparisonToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutputAddressRule createOutputAddressRuleFromString(EDataType eDataType, String initialValue)
	{
		OutputAddressRule result = OutputAddressRule.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOutputAddressRuleToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SeededBug createSeededBugFromString(EDataType eDataType, String initialValue)
	{
		SeededBug result = SeededBug.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeededBugToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CpuFeature createCpuFeatureFromString(EDataType eDataType, String initialValue)
	{
		CpuFeature result = CpuFeature.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCpuFeatureToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LibraryKind createLibraryKindFromString(EDataType eDataType, String initialValue)
	{
		LibraryKind result = LibraryKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLibraryKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OperationKind createOperationKindFromString(EDataType eDataType, String initialValue)
	{
		OperationKind result = OperationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOperationKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RuleCondition createRuleConditionFromString(EDataType eDataType, String initialValue)
	{
		RuleCondition result = RuleCondition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRuleConditionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssignOperator createAssignOperatorFromString(EDataType eDataType, String initialValue)
	{
		AssignOperator result = AssignOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssignOperatorToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WalkAction createWalkActionFromString(EDataType eDataType, String initialValue)
	{
		WalkAction result = WalkAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWalkActionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccessKind createAccessKindFromString(EDataType eDataType, String initialValue)
	{
		AccessKind result = AccessKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccessKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FaultKind createFaultKindFromString(EDataType eDataType, String initialValue)
	{
		FaultKind result = FaultKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFaultKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GrowthDirection createGrowthDirectionFromString(EDataType eDataType, String initialValue)
	{
		GrowthDirection result = GrowthDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGrowthDirectionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SliceKind createSliceKindFromString(EDataType eDataType, String initialValue)
	{
		SliceKind result = SliceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSliceKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BinaryOperator createBinaryOperatorFromString(EDataType eDataType, String initialValue)
	{
		BinaryOperator result = BinaryOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBinaryOperatorToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UnaryOperator createUnaryOperatorFromString(EDataType eDataType, String initialValue)
	{
		UnaryOperator result = UnaryOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnaryOperatorToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Builtin createBuiltinFromString(EDataType eDataType, String initialValue)
	{
		Builtin result = Builtin.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBuiltinToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegionBoundKind createRegionBoundKindFromString(EDataType eDataType, String initialValue)
	{
		RegionBoundKind result = RegionBoundKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRegionBoundKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PtlPackage getPtlPackage()
	{
		return (PtlPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PtlPackage getPackage()
	{
		return PtlPackage.eINSTANCE;
	}

} //PtlFactoryImpl
