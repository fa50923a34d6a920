/**
 */
package org.ptl.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.ptl.model.PtlPackage
 * @generated
 */
public interface PtlFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PtlFactory eINSTANCE = org.ptl.model.impl.PtlFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Model</em>'.
	 * @generated
	 */
	PtlModel createPtlModel();

	/**
	 * Returns a new object of class '<em>Import</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Import</em>'.
	 * @generated
	 */
	Import createImport();

	/**
	 * Returns a new object of class '<em>Severity Directive</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Severity Directive</em>'.
	 * @generated
	 */
	SeverityDirective createSeverityDirective();

	/**
	 * Returns a new object of class '<em>Format</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Format</em>'.
	 * @generated
	 */
	Format createFormat();

	/**
	 * Returns a new object of class '<em>Descriptor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Descriptor</em>'.
	 * @generated
	 */
	Descriptor createDescriptor();

	/**
	 * Returns a new object of class '<em>Field</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Field</em>'.
	 * @generated
	 */
	Field createField();

	/**
	 * Returns a new object of class '<em>Enum Literal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enum Literal</em>'.
	 * @generated
	 */
	EnumLiteral createEnumLiteral();

	/**
	 * Returns a new object of class '<em>Bit Range</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bit Range</em>'.
	 * @generated
	 */
	BitRange createBitRange();

	/**
	 * Returns a new object of class '<em>Claim Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Claim Set</em>'.
	 * @generated
	 */
	ClaimSet createClaimSet();

	/**
	 * Returns a new object of class '<em>Claim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Claim</em>'.
	 * @generated
	 */
	Claim createClaim();

	/**
	 * Returns a new object of class '<em>Ownership Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ownership Model</em>'.
	 * @generated
	 */
	OwnershipModel createOwnershipModel();

	/**
	 * Returns a new object of class '<em>State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>State</em>'.
	 * @generated
	 */
	State createState();

	/**
	 * Returns a new object of class '<em>Component</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Component</em>'.
	 * @generated
	 */
	Component createComponent();

	/**
	 * Returns a new object of class '<em>Transition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Transition</em>'.
	 * @generated
	 */
	Transition createTransition();

	/**
	 * Returns a new object of class '<em>Transition Side</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Transition Side</em>'.
	 * @generated
	 */
	TransitionSide createTransitionSide();

	/**
	 * Returns a new object of class '<em>Invariant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Invariant</em>'.
	 * @generated
	 */
	Invariant createInvariant();

	/**
	 * Returns a new object of class '<em>Binary Predicate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Binary Predicate</em>'.
	 * @generated
	 */
	BinaryPredicate createBinaryPredicate();

	/**
	 * Returns a new object of class '<em>Not Predicate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Not Predicate</em>'.
	 * @generated
	 */
	NotPredicate createNotPredicate();

	/**
	 * Returns a new object of class '<em>Quantified Predicate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Quantified Predicate</em>'.
	 * @generated
	 */
	QuantifiedPredicate createQuantifiedPredicate();

	/**
	 * Returns a new object of class '<em>Encoding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Encoding</em>'.
	 * @generated
	 */
	Encoding createEncoding();

	/**
	 * Returns a new object of class '<em>State Encoding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>State Encoding</em>'.
	 * @generated
	 */
	StateEncoding createStateEncoding();

	/**
	 * Returns a new object of class '<em>Reserved Encoding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reserved Encoding</em>'.
	 * @generated
	 */
	ReservedEncoding createReservedEncoding();

	/**
	 * Returns a new object of class '<em>Counter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Counter</em>'.
	 * @generated
	 */
	Counter createCounter();

	/**
	 * Returns a new object of class '<em>Guard</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Guard</em>'.
	 * @generated
	 */
	Guard createGuard();

	/**
	 * Returns a new object of class '<em>Counter Update</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Counter Update</em>'.
	 * @generated
	 */
	CounterUpdate createCounterUpdate();

	/**
	 * Returns a new object of class '<em>Counter Comparison</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Counter Comparison</em>'.
	 * @generated
	 */
	CounterComparison createCounterComparison();

	/**
	 * Returns a new object of class '<em>Member Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Member Count</em>'.
	 * @generated
	 */
	MemberCount createMemberCount();

	/**
	 * Returns a new object of class '<em>Component State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Component State</em>'.
	 * @generated
	 */
	ComponentState createComponentState();

	/**
	 * Returns a new object of class '<em>Operations</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Operations</em>'.
	 * @generated
	 */
	Operations createOperations();

	/**
	 * Returns a new object of class '<em>Prot Flag</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Prot Flag</em>'.
	 * @generated
	 */
	ProtFlag createProtFlag();

	/**
	 * Returns a new object of class '<em>Operation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Operation</em>'.
	 * @generated
	 */
	Operation createOperation();

	/**
	 * Returns a new object of class '<em>Reject Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reject Rule</em>'.
	 * @generated
	 */
	RejectRule createRejectRule();

	/**
	 * Returns a new object of class '<em>Flag Combination</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flag Combination</em>'.
	 * @generated
	 */
	FlagCombination createFlagCombination();

	/**
	 * Returns a new object of class '<em>Prot Term</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Prot Term</em>'.
	 * @generated
	 */
	ProtTerm createProtTerm();

	/**
	 * Returns a new object of class '<em>Attribute Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Attribute Rule</em>'.
	 * @generated
	 */
	AttributeRule createAttributeRule();

	/**
	 * Returns a new object of class '<em>Field Assignment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Field Assignment</em>'.
	 * @generated
	 */
	FieldAssignment createFieldAssignment();

	/**
	 * Returns a new object of class '<em>Walker Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Walker Policy</em>'.
	 * @generated
	 */
	WalkerPolicy createWalkerPolicy();

	/**
	 * Returns a new object of class '<em>Walker Flag</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Walker Flag</em>'.
	 * @generated
	 */
	WalkerFlag createWalkerFlag();

	/**
	 * Returns a new object of class '<em>Named Outcome</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Named Outcome</em>'.
	 * @generated
	 */
	NamedOutcome createNamedOutcome();

	/**
	 * Returns a new object of class '<em>Policy Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Rule</em>'.
	 * @generated
	 */
	PolicyRule createPolicyRule();

	/**
	 * Returns a new object of class '<em>Outcome Pattern</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Outcome Pattern</em>'.
	 * @generated
	 */
	OutcomePattern createOutcomePattern();

	/**
	 * Returns a new object of class '<em>Flag Term</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flag Term</em>'.
	 * @generated
	 */
	FlagTerm createFlagTerm();

	/**
	 * Returns a new object of class '<em>Binding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Binding</em>'.
	 * @generated
	 */
	Binding createBinding();

	/**
	 * Returns a new object of class '<em>Component Binding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Component Binding</em>'.
	 * @generated
	 */
	ComponentBinding createComponentBinding();

	/**
	 * Returns a new object of class '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scenario</em>'.
	 * @generated
	 */
	Scenario createScenario();

	/**
	 * Returns a new object of class '<em>Initial Ownership</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Initial Ownership</em>'.
	 * @generated
	 */
	InitialOwnership createInitialOwnership();

	/**
	 * Returns a new object of class '<em>Scenario Table</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scenario Table</em>'.
	 * @generated
	 */
	ScenarioTable createScenarioTable();

	/**
	 * Returns a new object of class '<em>Map Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Map Step</em>'.
	 * @generated
	 */
	MapStep createMapStep();

	/**
	 * Returns a new object of class '<em>Unmap Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Unmap Step</em>'.
	 * @generated
	 */
	UnmapStep createUnmapStep();

	/**
	 * Returns a new object of class '<em>Relax Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Relax Step</em>'.
	 * @generated
	 */
	RelaxStep createRelaxStep();

	/**
	 * Returns a new object of class '<em>Wrprotect Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Wrprotect Step</em>'.
	 * @generated
	 */
	WrprotectStep createWrprotectStep();

	/**
	 * Returns a new object of class '<em>Mkyoung Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mkyoung Step</em>'.
	 * @generated
	 */
	MkyoungStep createMkyoungStep();

	/**
	 * Returns a new object of class '<em>Mkold Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mkold Step</em>'.
	 * @generated
	 */
	MkoldStep createMkoldStep();

	/**
	 * Returns a new object of class '<em>Split Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Split Step</em>'.
	 * @generated
	 */
	SplitStep createSplitStep();

	/**
	 * Returns a new object of class '<em>Set Owner Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Set Owner Step</em>'.
	 * @generated
	 */
	SetOwnerStep createSetOwnerStep();

	/**
	 * Returns a new object of class '<em>Translate Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Translate Step</em>'.
	 * @generated
	 */
	TranslateStep createTranslateStep();

	/**
	 * Returns a new object of class '<em>Walk Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Walk Step</em>'.
	 * @generated
	 */
	WalkStep createWalkStep();

	/**
	 * Returns a new object of class '<em>Visitor Outcome</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Visitor Outcome</em>'.
	 * @generated
	 */
	VisitorOutcome createVisitorOutcome();

	/**
	 * Returns a new object of class '<em>Memcache Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Memcache Step</em>'.
	 * @generated
	 */
	MemcacheStep createMemcacheStep();

	/**
	 * Returns a new object of class '<em>Transition Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Transition Step</em>'.
	 * @generated
	 */
	TransitionStep createTransitionStep();

	/**
	 * Returns a new object of class '<em>Expect Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expect Result</em>'.
	 * @generated
	 */
	ExpectResult createExpectResult();

	/**
	 * Returns a new object of class '<em>Expect State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expect State</em>'.
	 * @generated
	 */
	ExpectState createExpectState();

	/**
	 * Returns a new object of class '<em>Expect Pte</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expect Pte</em>'.
	 * @generated
	 */
	ExpectPte createExpectPte();

	/**
	 * Returns a new object of class '<em>Expect Fault</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expect Fault</em>'.
	 * @generated
	 */
	ExpectFault createExpectFault();

	/**
	 * Returns a new object of class '<em>Expect Invariants</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expect Invariants</em>'.
	 * @generated
	 */
	ExpectInvariants createExpectInvariants();

	/**
	 * Returns a new object of class '<em>Expect Leaves</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expect Leaves</em>'.
	 * @generated
	 */
	ExpectLeaves createExpectLeaves();

	/**
	 * Returns a new object of class '<em>Expect Tables</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expect Tables</em>'.
	 * @generated
	 */
	ExpectTables createExpectTables();

	/**
	 * Returns a new object of class '<em>Expect Visited</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expect Visited</em>'.
	 * @generated
	 */
	ExpectVisited createExpectVisited();

	/**
	 * Returns a new object of class '<em>Expect Memcache</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expect Memcache</em>'.
	 * @generated
	 */
	ExpectMemcache createExpectMemcache();

	/**
	 * Returns a new object of class '<em>Expect Translations</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expect Translations</em>'.
	 * @generated
	 */
	ExpectTranslations createExpectTranslations();

	/**
	 * Returns a new object of class '<em>Concurrent Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Concurrent Block</em>'.
	 * @generated
	 */
	ConcurrentBlock createConcurrentBlock();

	/**
	 * Returns a new object of class '<em>Cpu</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cpu</em>'.
	 * @generated
	 */
	Cpu createCpu();

	/**
	 * Returns a new object of class '<em>Cpu Operation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cpu Operation</em>'.
	 * @generated
	 */
	CpuOperation createCpuOperation();

	/**
	 * Returns a new object of class '<em>Expected Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expected Result</em>'.
	 * @generated
	 */
	ExpectedResult createExpectedResult();

	/**
	 * Returns a new object of class '<em>Layout</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Layout</em>'.
	 * @generated
	 */
	Layout createLayout();

	/**
	 * Returns a new object of class '<em>Layout Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Layout Input</em>'.
	 * @generated
	 */
	LayoutInput createLayoutInput();

	/**
	 * Returns a new object of class '<em>Input Range</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Input Range</em>'.
	 * @generated
	 */
	InputRange createInputRange();

	/**
	 * Returns a new object of class '<em>Derived Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Derived Value</em>'.
	 * @generated
	 */
	DerivedValue createDerivedValue();

	/**
	 * Returns a new object of class '<em>Transform</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Transform</em>'.
	 * @generated
	 */
	Transform createTransform();

	/**
	 * Returns a new object of class '<em>Transform Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Transform Parameter</em>'.
	 * @generated
	 */
	TransformParameter createTransformParameter();

	/**
	 * Returns a new object of class '<em>Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region</em>'.
	 * @generated
	 */
	Region createRegion();

	/**
	 * Returns a new object of class '<em>Bit Picture</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bit Picture</em>'.
	 * @generated
	 */
	BitPicture createBitPicture();

	/**
	 * Returns a new object of class '<em>Bit Slice</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bit Slice</em>'.
	 * @generated
	 */
	BitSlice createBitSlice();

	/**
	 * Returns a new object of class '<em>Layout Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Layout Condition</em>'.
	 * @generated
	 */
	LayoutCondition createLayoutCondition();

	/**
	 * Returns a new object of class '<em>Binary Expression</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Binary Expression</em>'.
	 * @generated
	 */
	BinaryExpression createBinaryExpression();

	/**
	 * Returns a new object of class '<em>Unary Expression</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Unary Expression</em>'.
	 * @generated
	 */
	UnaryExpression createUnaryExpression();

	/**
	 * Returns a new object of class '<em>Conditional Expression</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conditional Expression</em>'.
	 * @generated
	 */
	ConditionalExpression createConditionalExpression();

	/**
	 * Returns a new object of class '<em>Number Literal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Number Literal</em>'.
	 * @generated
	 */
	NumberLiteral createNumberLiteral();

	/**
	 * Returns a new object of class '<em>Boolean Literal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Boolean Literal</em>'.
	 * @generated
	 */
	BooleanLiteral createBooleanLiteral();

	/**
	 * Returns a new object of class '<em>Variable Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Variable Reference</em>'.
	 * @generated
	 */
	VariableReference createVariableReference();

	/**
	 * Returns a new object of class '<em>Call Expression</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Call Expression</em>'.
	 * @generated
	 */
	CallExpression createCallExpression();

	/**
	 * Returns a new object of class '<em>Region Bound</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region Bound</em>'.
	 * @generated
	 */
	RegionBound createRegionBound();

	/**
	 * Returns a new object of class '<em>Membership Expression</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Membership Expression</em>'.
	 * @generated
	 */
	MembershipExpression createMembershipExpression();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	PtlPackage getPtlPackage();

} //PtlFactory
