/**
 */
package org.ptl.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.ptl.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.ptl.model.PtlPackage
 * @generated
 */
public class PtlSwitch<T> extends Switch<T>
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PtlPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PtlSwitch()
	{
		if (modelPackage == null)
		{
			modelPackage = PtlPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage)
	{
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject)
	{
		switch (classifierID)
		{
			case PtlPackage.PTL_MODEL:
			{
				PtlModel ptlModel = (PtlModel)theEObject;
				T result = casePtlModel(ptlModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.IMPORT:
			{
				Import import_ = (Import)theEObject;
				T result = caseImport(import_);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.SEVERITY_DIRECTIVE:
			{
				SeverityDirective severityDirective = (SeverityDirective)theEObject;
				T result = caseSeverityDirective(severityDirective);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.NAMED:
			{
				Named named = (Named)theEObject;
				T result = caseNamed(named);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.ELEMENT:
			{
				Element element = (Element)theEObject;
				T result = caseElement(element);
				if (result == null) result = caseNamed(element);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.FORMAT:
			{
				Format format = (Format)theEObject;
				T result = caseFormat(format);
				if (result == null) result = caseElement(format);
				if (result == null) result = caseNamed(format);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.DESCRIPTOR:
			{
				Descriptor descriptor = (Descriptor)theEObject;
				T result = caseDescriptor(descriptor);
				if (result == null) result = caseNamed(descriptor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.FIELD:
			{
				Field field = (Field)theEObject;
				T result = caseField(field);
				if (result == null) result = caseNamed(field);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.ENUM_LITERAL:
			{
				EnumLiteral enumLiteral = (EnumLiteral)theEObject;
				T result = caseEnumLiteral(enumLiteral);
				if (result == null) result = caseNamed(enumLiteral);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.BIT_RANGE:
			{
				BitRange bitRange = (BitRange)theEObject;
				T result = caseBitRange(bitRange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.CLAIM_SET:
			{
				ClaimSet claimSet = (ClaimSet)theEObject;
				T result = caseClaimSet(claimSet);
				if (result == null) result = caseElement(claimSet);
				if (result == null) result = caseNamed(claimSet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.CLAIM:
			{
				Claim claim = (Claim)theEObject;
				T result = caseClaim(claim);
				if (result == null) result = caseNamed(claim);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.OWNERSHIP_MODEL:
			{
				OwnershipModel ownershipModel = (OwnershipModel)theEObject;
				T result = caseOwnershipModel(ownershipModel);
				if (result == null) result = caseElement(ownershipModel);
				if (result == null) result = caseNamed(ownershipModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.STATE:
			{
				State state = (State)theEObject;
				T result = caseState(state);
				if (result == null) result = caseNamed(state);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.COMPONENT:
			{
				Component component = (Component)theEObject;
				T result = caseComponent(component);
				if (result == null) result = caseNamed(component);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.TRANSITION:
			{
				Transition transition = (Transition)theEObject;
				T result = caseTransition(transition);
				if (result == null) result = caseNamed(transition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.TRANSITION_SIDE:
			{
				TransitionSide transitionSide = (TransitionSide)theEObject;
				T result = caseTransitionSide(transitionSide);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.INVARIANT:
			{
				Invariant invariant = (Invariant)theEObject;
				T result = caseInvariant(invariant);
				if (result == null) result = caseNamed(invariant);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.PREDICATE:
			{
				Predicate predicate = (Predicate)theEObject;
				T result = casePredicate(predicate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.BINARY_PREDICATE:
			{
				BinaryPredicate binaryPredicate = (BinaryPredicate)theEObject;
				T result = caseBinaryPredicate(binaryPredicate);
				if (result == null) result = casePredicate(binaryPredicate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.NOT_PREDICATE:
			{
				NotPredicate notPredicate = (NotPredicate)theEObject;
				T result = caseNotPredicate(notPredicate);
				if (result == null) result = casePredicate(notPredicate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.QUANTIFIED_PREDICATE:
			{
				QuantifiedPredicate quantifiedPredicate = (QuantifiedPredicate)theEObject;
				T result = caseQuantifiedPredicate(quantifiedPredicate);
				if (result == null) result = casePredicate(quantifiedPredicate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.ENCODING:
			{
				Encoding encoding = (Encoding)theEObject;
				T result = caseEncoding(encoding);
				if (result == null) result = caseElement(encoding);
				if (result == null) result = caseNamed(encoding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.STATE_ENCODING:
			{
				StateEncoding stateEncoding = (StateEncoding)theEObject;
				T result = caseStateEncoding(stateEncoding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.RESERVED_ENCODING:
			{
				ReservedEncoding reservedEncoding = (ReservedEncoding)theEObject;
				T result = caseReservedEncoding(reservedEncoding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.COUNTER:
			{
				Counter counter = (Counter)theEObject;
				T result = caseCounter(counter);
				if (result == null) result = caseNamed(counter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.GUARD:
			{
				Guard guard = (Guard)theEObject;
				T result = caseGuard(guard);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.COUNTER_UPDATE:
			{
				CounterUpdate counterUpdate = (CounterUpdate)theEObject;
				T result = caseCounterUpdate(counterUpdate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.COUNTER_COMPARISON:
			{
				CounterComparison counterComparison = (CounterComparison)theEObject;
				T result = caseCounterComparison(counterComparison);
				if (result == null) result = casePredicate(counterComparison);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.MEMBER_COUNT:
			{
				MemberCount memberCount = (MemberCount)theEObject;
				T result = caseMemberCount(memberCount);
				if (result == null) result = casePredicate(memberCount);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.COMPONENT_STATE:
			{
				ComponentState componentState = (ComponentState)theEObject;
				T result = caseComponentState(componentState);
				if (result == null) result = casePredicate(componentState);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.OPERATIONS:
			{
				Operations operations = (Operations)theEObject;
				T result = caseOperations(operations);
				if (result == null) result = caseElement(operations);
				if (result == null) result = caseNamed(operations);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.PROT_FLAG:
			{
				ProtFlag protFlag = (ProtFlag)theEObject;
				T result = caseProtFlag(protFlag);
				if (result == null) result = caseNamed(protFlag);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.OPERATION:
			{
				Operation operation = (Operation)theEObject;
				T result = caseOperation(operation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.REJECT_RULE:
			{
				RejectRule rejectRule = (RejectRule)theEObject;
				T result = caseRejectRule(rejectRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.FLAG_COMBINATION:
			{
				FlagCombination flagCombination = (FlagCombination)theEObject;
				T result = caseFlagCombination(flagCombination);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.PROT_TERM:
			{
				ProtTerm protTerm = (ProtTerm)theEObject;
				T result = caseProtTerm(protTerm);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.ATTRIBUTE_RULE:
			{
				AttributeRule attributeRule = (AttributeRule)theEObject;
				T result = caseAttributeRule(attributeRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.FIELD_ASSIGNMENT:
			{
				FieldAssignment fieldAssignment = (FieldAssignment)theEObject;
				T result = caseFieldAssignment(fieldAssignment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.WALKER_POLICY:
			{
				WalkerPolicy walkerPolicy = (WalkerPolicy)theEObject;
				T result = caseWalkerPolicy(walkerPolicy);
				if (result == null) result = caseElement(walkerPolicy);
				if (result == null) result = caseNamed(walkerPolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.WALKER_FLAG:
			{
				WalkerFlag walkerFlag = (WalkerFlag)theEObject;
				T result = caseWalkerFlag(walkerFlag);
				if (result == null) result = caseNamed(walkerFlag);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.NAMED_OUTCOME:
			{
				NamedOutcome namedOutcome = (NamedOutcome)theEObject;
				T result = caseNamedOutcome(namedOutcome);
				if (result == null) result = caseNamed(namedOutcome);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.POLICY_RULE:
			{
				PolicyRule policyRule = (PolicyRule)theEObject;
				T result = casePolicyRule(policyRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.OUTCOME_PATTERN:
			{
				OutcomePattern outcomePattern = (OutcomePattern)theEObject;
				T result = caseOutcomePattern(outcomePattern);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.FLAG_TERM:
			{
				FlagTerm flagTerm = (FlagTerm)theEObject;
				T result = caseFlagTerm(flagTerm);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.BINDING:
			{
				Binding binding = (Binding)theEObject;
				T result = caseBinding(binding);
				if (result == null) result = caseElement(binding);
				if (result == null) result = caseNamed(binding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.COMPONENT_BINDING:
			{
				ComponentBinding componentBinding = (ComponentBinding)theEObject;
				T result = caseComponentBinding(componentBinding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.SCENARIO:
			{
				Scenario scenario = (Scenario)theEObject;
				T result = caseScenario(scenario);
				if (result == null) result = caseElement(scenario);
				if (result == null) result = caseNamed(scenario);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.INITIAL_OWNERSHIP:
			{
				InitialOwnership initialOwnership = (InitialOwnership)theEObject;
				T result = caseInitialOwnership(initialOwnership);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.SCENARIO_TABLE:
			{
				ScenarioTable scenarioTable = (ScenarioTable)theEObject;
				T result = caseScenarioTable(scenarioTable);
				if (result == null) result = caseNamed(scenarioTable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.STEP:
			{
				Step step = (Step)theEObject;
				T result = caseStep(step);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.MAP_STEP:
			{
				MapStep mapStep = (MapStep)theEObject;
				T result = caseMapStep(mapStep);
				if (result == null) result = caseStep(mapStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.UNMAP_STEP:
			{
				UnmapStep unmapStep = (UnmapStep)theEObject;
				T result = caseUnmapStep(unmapStep);
				if (result == null) result = caseStep(unmapStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.RELAX_STEP:
			{
				RelaxStep relaxStep = (RelaxStep)theEObject;
				T result = caseRelaxStep(relaxStep);
				if (result == null) result = caseStep(relaxStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.WRPROTECT_STEP:
			{
				WrprotectStep wrprotectStep = (WrprotectStep)theEObject;
				T result = caseWrprotectStep(wrprotectStep);
				if (result == null) result = caseStep(wrprotectStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.MKYOUNG_STEP:
			{
				MkyoungStep mkyoungStep = (MkyoungStep)theEObject;
				T result = caseMkyoungStep(mkyoungStep);
				if (result == null) result = caseStep(mkyoungStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.MKOLD_STEP:
			{
				MkoldStep mkoldStep = (MkoldStep)theEObject;
				T result = caseMkoldStep(mkoldStep);
				if (result == null) result = caseStep(mkoldStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.SPLIT_STEP:
			{
				SplitStep splitStep = (SplitStep)theEObject;
				T result = caseSplitStep(splitStep);
				if (result == null) result = caseStep(splitStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.SET_OWNER_STEP:
			{
				SetOwnerStep setOwnerStep = (SetOwnerStep)theEObject;
				T result = caseSetOwnerStep(setOwnerStep);
				if (result == null) result = caseStep(setOwnerStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.TRANSLATE_STEP:
			{
				TranslateStep translateStep = (TranslateStep)theEObject;
				T result = caseTranslateStep(translateStep);
				if (result == null) result = caseStep(translateStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.WALK_STEP:
			{
				WalkStep walkStep = (WalkStep)theEObject;
				T result = caseWalkStep(walkStep);
				if (result == null) result = caseStep(walkStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.VISITOR_OUTCOME:
			{
				VisitorOutcome visitorOutcome = (VisitorOutcome)theEObject;
				T result = caseVisitorOutcome(visitorOutcome);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.MEMCACHE_STEP:
			{
				MemcacheStep memcacheStep = (MemcacheStep)theEObject;
				T result = caseMemcacheStep(memcacheStep);
				if (result == null) result = caseStep(memcacheStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.TRANSITION_STEP:
			{
				TransitionStep transitionStep = (TransitionStep)theEObject;
				T result = caseTransitionStep(transitionStep);
				if (result == null) result = caseStep(transitionStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.EXPECTATION:
			{
				Expectation expectation = (Expectation)theEObject;
				T result = caseExpectation(expectation);
				if (result == null) result = caseStep(expectation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.EXPECT_RESULT:
			{
				ExpectResult expectResult = (ExpectResult)theEObject;
				T result = caseExpectResult(expectResult);
				if (result == null) result = caseExpectation(expectResult);
				if (result == null) result = caseStep(expectResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.EXPECT_STATE:
			{
				ExpectState expectState = (ExpectState)theEObject;
				T result = caseExpectState(expectState);
				if (result == null) result = caseExpectation(expectState);
				if (result == null) result = caseStep(expectState);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.EXPECT_PTE:
			{
				ExpectPte expectPte = (ExpectPte)theEObject;
				T result = caseExpectPte(expectPte);
				if (result == null) result = caseExpectation(expectPte);
				if (result == null) result = caseStep(expectPte);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.EXPECT_FAULT:
			{
				ExpectFault expectFault = (ExpectFault)theEObject;
				T result = caseExpectFault(expectFault);
				if (result == null) result = caseExpectation(expectFault);
				if (result == null) result = caseStep(expectFault);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.EXPECT_INVARIANTS:
			{
				ExpectInvariants expectInvariants = (ExpectInvariants)theEObject;
				T result = caseExpectInvariants(expectInvariants);
				if (result == null) result = caseExpectation(expectInvariants);
				if (result == null) result = caseStep(expectInvariants);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.EXPECT_LEAVES:
			{
				ExpectLeaves expectLeaves = (ExpectLeaves)theEObject;
				T result = caseExpectLeaves(expectLeaves);
				if (result == null) result = caseExpectation(expectLeaves);
				if (result == null) result = caseStep(expectLeaves);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.EXPECT_TABLES:
			{
				ExpectTables expectTables = (ExpectTables)theEObject;
				T result = caseExpectTables(expectTables);
				if (result == null) result = caseExpectation(expectTables);
				if (result == null) result = caseStep(expectTables);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.EXPECT_VISITED:
			{
				ExpectVisited expectVisited = (ExpectVisited)theEObject;
				T result = caseExpectVisited(expectVisited);
				if (result == null) result = caseExpectation(expectVisited);
				if (result == null) result = caseStep(expectVisited);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.EXPECT_MEMCACHE:
			{
				ExpectMemcache expectMemcache = (ExpectMemcache)theEObject;
				T result = caseExpectMemcache(expectMemcache);
				if (result == null) result = caseExpectation(expectMemcache);
				if (result == null) result = caseStep(expectMemcache);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.EXPECT_TRANSLATIONS:
			{
				ExpectTranslations expectTranslations = (ExpectTranslations)theEObject;
				T result = caseExpectTranslations(expectTranslations);
				if (result == null) result = caseExpectation(expectTranslations);
				if (result == null) result = caseStep(expectTranslations);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.CONCURRENT_BLOCK:
			{
				ConcurrentBlock concurrentBlock = (ConcurrentBlock)theEObject;
				T result = caseConcurrentBlock(concurrentBlock);
				if (result == null) result = caseStep(concurrentBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.CPU:
			{
				Cpu cpu = (Cpu)theEObject;
				T result = caseCpu(cpu);
				if (result == null) result = caseNamed(cpu);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.CPU_OPERATION:
			{
				CpuOperation cpuOperation = (CpuOperation)theEObject;
				T result = caseCpuOperation(cpuOperation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.EXPECTED_RESULT:
			{
				ExpectedResult expectedResult = (ExpectedResult)theEObject;
				T result = caseExpectedResult(expectedResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.LAYOUT:
			{
				Layout layout = (Layout)theEObject;
				T result = caseLayout(layout);
				if (result == null) result = caseElement(layout);
				if (result == null) result = caseNamed(layout);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.VARIABLE:
			{
				Variable variable = (Variable)theEObject;
				T result = caseVariable(variable);
				if (result == null) result = caseNamed(variable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.LAYOUT_INPUT:
			{
				LayoutInput layoutInput = (LayoutInput)theEObject;
				T result = caseLayoutInput(layoutInput);
				if (result == null) result = caseVariable(layoutInput);
				if (result == null) result = caseNamed(layoutInput);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.INPUT_RANGE:
			{
				InputRange inputRange = (InputRange)theEObject;
				T result = caseInputRange(inputRange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.DERIVED_VALUE:
			{
				DerivedValue derivedValue = (DerivedValue)theEObject;
				T result = caseDerivedValue(derivedValue);
				if (result == null) result = caseVariable(derivedValue);
				if (result == null) result = caseNamed(derivedValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.TRANSFORM:
			{
				Transform transform = (Transform)theEObject;
				T result = caseTransform(transform);
				if (result == null) result = caseNamed(transform);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.TRANSFORM_PARAMETER:
			{
				TransformParameter transformParameter = (TransformParameter)theEObject;
				T result = caseTransformParameter(transformParameter);
				if (result == null) result = caseVariable(transformParameter);
				if (result == null) result = caseNamed(transformParameter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.REGION:
			{
				Region region = (Region)theEObject;
				T result = caseRegion(region);
				if (result == null) result = caseNamed(region);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.BIT_PICTURE:
			{
				BitPicture bitPicture = (BitPicture)theEObject;
				T result = caseBitPicture(bitPicture);
				if (result == null) result = caseNamed(bitPicture);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.BIT_SLICE:
			{
				BitSlice bitSlice = (BitSlice)theEObject;
				T result = caseBitSlice(bitSlice);
				if (result == null) result = caseNamed(bitSlice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.LAYOUT_CONDITION:
			{
				LayoutCondition layoutCondition = (LayoutCondition)theEObject;
				T result = caseLayoutCondition(layoutCondition);
				if (result == null) result = caseNamed(layoutCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.EXPRESSION:
			{
				Expression expression = (Expression)theEObject;
				T result = caseExpression(expression);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.BINARY_EXPRESSION:
			{
				BinaryExpression binaryExpression = (BinaryExpression)theEObject;
				T result = caseBinaryExpression(binaryExpression);
				if (result == null) result = caseExpression(binaryExpression);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.UNARY_EXPRESSION:
			{
				UnaryExpression unaryExpression = (UnaryExpression)theEObject;
				T result = caseUnaryExpression(unaryExpression);
				if (result == null) result = caseExpression(unaryExpression);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.CONDITIONAL_EXPRESSION:
			{
				ConditionalExpression conditionalExpression = (ConditionalExpression)theEObject;
				T result = caseConditionalExpression(conditionalExpression);
				if (result == null) result = caseExpression(conditionalExpression);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.NUMBER_LITERAL:
			{
				NumberLiteral numberLiteral = (NumberLiteral)theEObject;
				T result = caseNumberLiteral(numberLiteral);
				if (result == null) result = caseExpression(numberLiteral);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.BOOLEAN_LITERAL:
			{
				BooleanLiteral booleanLiteral = (BooleanLiteral)theEObject;
				T result = caseBooleanLiteral(booleanLiteral);
				if (result == null) result = caseExpression(booleanLiteral);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.VARIABLE_REFERENCE:
			{
				VariableReference variableReference = (VariableReference)theEObject;
				T result = caseVariableReference(variableReference);
				if (result == null) result = caseExpression(variableReference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.CALL_EXPRESSION:
			{
				CallExpression callExpression = (CallExpression)theEObject;
				T result = caseCallExpression(callExpression);
				if (result == null) result = caseExpression(callExpression);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.REGION_BOUND:
			{
				RegionBound regionBound = (RegionBound)theEObject;
				T result = caseRegionBound(regionBound);
				if (result == null) result = caseExpression(regionBound);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PtlPackage.MEMBERSHIP_EXPRESSION:
			{
				MembershipExpression membershipExpression = (MembershipExpression)theEObject;
				T result = caseMembershipExpression(membershipExpression);
				if (result == null) result = caseExpression(membershipExpression);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePtlModel(PtlModel object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Import</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Import</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImport(Import object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Severity Directive</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Severity Directive</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSeverityDirective(SeverityDirective object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamed(Named object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseElement(Element object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Format</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Format</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFormat(Format object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Descriptor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Descriptor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDescriptor(Descriptor object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Field</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Field</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseField(Field object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Enum Literal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Enum Literal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEnumLiteral(EnumLiteral object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Bit Range</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Bit Range</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBitRange(BitRange object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Claim Set</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Claim Set</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClaimSet(ClaimSet object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Claim</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Claim</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClaim(Claim object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ownership Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ownership Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOwnershipModel(OwnershipModel object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>State</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>State</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseState(State object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Component</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Component</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComponent(Component object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Transition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Transition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTransition(Transition object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Transition Side</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Transition Side</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTransitionSide(TransitionSide object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Invariant</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Invariant</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInvariant(Invariant object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Predicate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Predicate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePredicate(Predicate object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Binary Predicate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Binary Predicate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBinaryPredicate(BinaryPredicate object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Not Predicate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Not Predicate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNotPredicate(NotPredicate object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quantified Predicate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quantified Predicate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuantifiedPredicate(QuantifiedPredicate object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Encoding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Encoding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEncoding(Encoding object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>State Encoding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>State Encoding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStateEncoding(StateEncoding object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reserved Encoding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reserved Encoding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReservedEncoding(ReservedEncoding object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Counter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Counter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCounter(Counter object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Guard</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Guard</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGuard(Guard object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Counter Update</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Counter Update</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCounterUpdate(CounterUpdate object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Counter Comparison</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Counter Comparison</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCounterComparison(CounterComparison object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Member Count</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Member Count</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMemberCount(MemberCount object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Component State</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Component State</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComponentState(ComponentState object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Operations</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Operations</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOperations(Operations object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Prot Flag</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Prot Flag</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProtFlag(ProtFlag object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Operation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Operation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOperation(Operation object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reject Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reject Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRejectRule(RejectRule object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flag Combination</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flag Combination</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlagCombination(FlagCombination object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Prot Term</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Prot Term</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProtTerm(ProtTerm object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Attribute Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Attribute Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAttributeRule(AttributeRule object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Field Assignment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Field Assignment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFieldAssignment(FieldAssignment object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Walker Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Walker Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWalkerPolicy(WalkerPolicy object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Walker Flag</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Walker Flag</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWalkerFlag(WalkerFlag object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Outcome</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Outcome</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedOutcome(NamedOutcome object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyRule(PolicyRule object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Outcome Pattern</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Outcome Pattern</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutcomePattern(OutcomePattern object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flag Term</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flag Term</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlagTerm(FlagTerm object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Binding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Binding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBinding(Binding object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Component Binding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Component Binding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComponentBinding(ComponentBinding object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenario(Scenario object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Initial Ownership</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Initial Ownership</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInitialOwnership(InitialOwnership object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario Table</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario Table</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenarioTable(ScenarioTable object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStep(Step object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Map Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Map Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMapStep(MapStep object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Unmap Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Unmap Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUnmapStep(UnmapStep object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Relax Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Relax Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRelaxStep(RelaxStep object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Wrprotect Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Wrprotect Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWrprotectStep(WrprotectStep object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mkyoung Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mkyoung Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMkyoungStep(MkyoungStep object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mkold Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mkold Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMkoldStep(MkoldStep object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Split Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Split Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSplitStep(SplitStep object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Set Owner Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Set Owner Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSetOwnerStep(SetOwnerStep object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Translate Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Translate Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTranslateStep(TranslateStep object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Walk Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Walk Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWalkStep(WalkStep object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Visitor Outcome</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Visitor Outcome</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVisitorOutcome(VisitorOutcome object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Memcache Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Memcache Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMemcacheStep(MemcacheStep object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Transition Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Transition Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTransitionStep(TransitionStep object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expectation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expectation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectation(Expectation object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expect Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expect Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectResult(ExpectResult object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expect State</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expect State</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectState(ExpectState object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expect Pte</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expect Pte</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectPte(ExpectPte object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expect Fault</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expect Fault</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectFault(ExpectFault object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expect Invariants</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expect Invariants</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectInvariants(ExpectInvariants object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expect Leaves</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expect Leaves</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectLeaves(ExpectLeaves object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expect Tables</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expect Tables</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectTables(ExpectTables object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expect Visited</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expect Visited</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectVisited(ExpectVisited object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expect Memcache</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expect Memcache</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectMemcache(ExpectMemcache object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expect Translations</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expect Translations</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectTranslations(ExpectTranslations object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Concurrent Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Concurrent Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConcurrentBlock(ConcurrentBlock object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cpu</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cpu</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCpu(Cpu object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cpu Operation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cpu Operation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCpuOperation(CpuOperation object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expected Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expected Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectedResult(ExpectedResult object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Layout</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Layout</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLayout(Layout object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Variable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Variable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVariable(Variable object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Layout Input</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Layout Input</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLayoutInput(LayoutInput object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Input Range</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Input Range</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInputRange(InputRange object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Derived Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Derived Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDerivedValue(DerivedValue object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Transform</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Transform</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTransform(Transform object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Transform Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Transform Parameter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTransformParameter(TransformParameter object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Region</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Region</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegion(Region object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Bit Picture</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Bit Picture</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBitPicture(BitPicture object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Bit Slice</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Bit Slice</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBitSlice(BitSlice object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Layout Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Layout Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLayoutCondition(LayoutCondition object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expression</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expression</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpression(Expression object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Binary Expression</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Binary Expression</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBinaryExpression(BinaryExpression object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Unary Expression</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Unary Expression</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUnaryExpression(UnaryExpression object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conditional Expression</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conditional Expression</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConditionalExpression(ConditionalExpression object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Number Literal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Number Literal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNumberLiteral(NumberLiteral object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Boolean Literal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Boolean Literal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBooleanLiteral(BooleanLiteral object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Variable Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Variable Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVariableReference(VariableReference object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Call Expression</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Call Expression</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCallExpression(CallExpression object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Region Bound</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Region Bound</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegionBound(RegionBound object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Membership Expression</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Membership Expression</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMembershipExpression(MembershipExpression object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object)
	{
		return null;
	}

} //PtlSwitch
