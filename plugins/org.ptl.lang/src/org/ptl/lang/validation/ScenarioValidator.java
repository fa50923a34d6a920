package org.ptl.lang.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.ptl.model.Binding;
import org.ptl.model.Component;
import org.ptl.model.ComponentBinding;
import org.ptl.model.ExpectInvariants;
import org.ptl.model.ExpectLeaves;
import org.ptl.model.ExpectPte;
import org.ptl.model.ExpectState;
import org.ptl.model.ExpectTables;
import org.ptl.model.InitialOwnership;
import org.ptl.model.MapStep;
import org.ptl.model.MkoldStep;
import org.ptl.model.MkyoungStep;
import org.ptl.model.Named;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.RelaxStep;
import org.ptl.model.Scenario;
import org.ptl.model.ScenarioTable;
import org.ptl.model.SetOwnerStep;
import org.ptl.model.SplitStep;
import org.ptl.model.Step;
import org.ptl.model.Transition;
import org.ptl.model.TransitionSide;
import org.ptl.model.TransitionStep;
import org.ptl.model.TranslateStep;
import org.ptl.model.UnmapStep;
import org.ptl.model.WalkStep;
import org.ptl.model.WrprotectStep;

/**
 * Checks a scenario before anything runs: every step that works on a table can tell which one,
 * every page it (or its initial ownership) names lies in the scenario's memory, transitions have a binding and components in
 * the roles the transition allows. Walk flags and expected fields are {@link ScenarioTableValidator}'s.
 */
public class ScenarioValidator extends PtlCheckValidator {

	/** The memory a scenario has when it does not say. */
	public static final int DEFAULT_PAGES = 16;

	/** More pages than this would be a typo rather than a scenario (64 GiB of 4K pages). */
	public static final int MAX_PAGES = 1 << 24;

	@Check
	public void memoryIsSensible(Scenario scenario) {
		if (!written(scenario, Literals.SCENARIO__MEMORY_PAGES)) {
			return;
		}
		if (scenario.getMemoryPages() <= 0 || scenario.getMemoryPages() > MAX_PAGES) {
			report(PtlCheck.SCENARIO_MEMORY, "a scenario's memory is 1 to " + MAX_PAGES + " pages, not "
					+ scenario.getMemoryPages(), scenario, Literals.SCENARIO__MEMORY_PAGES);
		}
		if ((scenario.getMemoryBase() & 0xfff) != 0) {
			report(PtlCheck.SCENARIO_MEMORY, "the memory must start on a page boundary, not at 0x"
					+ Long.toHexString(scenario.getMemoryBase()), scenario, Literals.SCENARIO__MEMORY_BASE);
		}
	}

	@Check
	public void initialOwnershipIsSound(InitialOwnership initial) {
		Scenario scenario = (Scenario) initial.eContainer();
		if (scenario.getBinding() == null) {
			report(PtlCheck.SCENARIO_NO_BINDING, "initial ownership needs a binding: write 'binding <name>' before it",
					initial, null);
		}
		int pages = scenario.getMemoryPages() > 0 ? scenario.getMemoryPages() : DEFAULT_PAGES;
		int last = initial.isSetLast() ? initial.getLast() : initial.getFirst();
		if (initial.getFirst() < 0 || last >= pages) {
			report(PtlCheck.SCENARIO_PAGE_RANGE, "pages " + initial.getFirst() + (last == initial.getFirst() ? "" : ".." + last)
					+ " are not all in the scenario's memory of " + pages + " pages (0 to " + (pages - 1) + ")", initial,
					initial.isSetLast() && initial.getFirst() >= 0 && initial.getFirst() < pages
							? Literals.INITIAL_OWNERSHIP__LAST : Literals.INITIAL_OWNERSHIP__FIRST);
		} else if (last < initial.getFirst()) {
			report(PtlCheck.SCENARIO_PAGE_RANGE, "the range " + initial.getFirst() + ".." + last + " is empty: write the "
					+ "first page first", initial, Literals.INITIAL_OWNERSHIP__LAST);
		}
		Component component = initial.getComponent();
		if (component != null && !component.eIsProxy() && component.isFamily() != initial.isSetIndex()) {
			report(PtlCheck.SCENARIO_TARGET, component.isFamily()
					? quote(component.getName()) + " is a family: name a member, as in " + component.getName() + "[1]"
					: quote(component.getName()) + " is a single component: drop the index", initial,
					Literals.INITIAL_OWNERSHIP__COMPONENT);
		}
	}

	@Check
	public void ownershipStepsHaveABinding(Step step) {
		if (!(step instanceof TransitionStep || step instanceof ExpectState || step instanceof ExpectInvariants)) {
			return;
		}
		Scenario scenario = org.ptl.model.support.Scenarios.of(step);
		if (scenario.getBinding() == null) {
			report(PtlCheck.SCENARIO_NO_BINDING, "this step is about ownership, but the scenario has no binding: "
					+ "write 'binding <name>' after its tables", step, null);
		}
	}

	@Check
	public void pagesAreInMemory(Step step) {
		int page;
		EStructuralFeature feature;
		if (step instanceof TransitionStep transition) {
			page = transition.getPage();
			feature = Literals.TRANSITION_STEP__PAGE;
		} else if (step instanceof ExpectState state) {
			page = state.getPage();
			feature = Literals.EXPECT_STATE__PAGE;
		} else {
			return;
		}
		Scenario scenario = org.ptl.model.support.Scenarios.of(step);
		int pages = scenario.getMemoryPages() > 0 ? scenario.getMemoryPages() : DEFAULT_PAGES;
		if (page < 0 || page >= pages) {
			report(PtlCheck.SCENARIO_PAGE_RANGE, "page " + page + " is outside the scenario's memory of " + pages
					+ " pages (0 to " + (pages - 1) + ")", step, feature);
		}
	}

	@Check
	public void stepsNameTheirTable(Step step) {
		Scenario scenario = org.ptl.model.support.Scenarios.of(step);
		Named target = step.getTarget();
		boolean indexWritten = written(step, Literals.STEP__TARGET_INDEX);
		if (target instanceof Component component) {
			family(component, indexWritten, step, Literals.STEP__TARGET);
		} else if (target instanceof ScenarioTable && indexWritten) {
			report(PtlCheck.SCENARIO_TARGET, "table " + quote(target.getName()) + " is not a family: drop the index",
					step, Literals.STEP__TARGET_INDEX);
		}
		if (target != null || !usesATable(step)) {
			return;
		}
		List<String> tables = tableNames(scenario);
		if (tables.isEmpty()) {
			report(PtlCheck.SCENARIO_TARGET, "the scenario has no table for this step: declare one ('table t of <format> "
					+ "via <operations>') or use a binding", step, null);
		} else if (tables.size() > 1) {
			report(PtlCheck.SCENARIO_TARGET, "the scenario has " + tables.size() + " tables (" + String.join(", ", tables)
					+ "): name one with 'in <table>'", step, null);
		}
	}

	@Check
	public void componentsOfStepsAreMembers(Step step) {
		if (step instanceof TransitionStep transition) {
			family(transition.getInitiator(), written(step, Literals.TRANSITION_STEP__INITIATOR_INDEX), step,
					Literals.TRANSITION_STEP__INITIATOR);
			family(transition.getCompleter(), written(step, Literals.TRANSITION_STEP__COMPLETER_INDEX), step,
					Literals.TRANSITION_STEP__COMPLETER);
		} else if (step instanceof ExpectState state) {
			family(state.getComponent(), written(step, Literals.EXPECT_STATE__INDEX), step,
					Literals.EXPECT_STATE__COMPONENT);
		}
	}

	/** A family is named with an index (guest[1]); a single component without one. */
	private void family(Component component, boolean indexWritten, Step step, EStructuralFeature feature) {
		if (component == null || component.eIsProxy()) {
			return;
		}
		if (component.isFamily() && !indexWritten) {
			report(PtlCheck.SCENARIO_TARGET, quote(component.getName()) + " is a family: name a member, as in "
					+ component.getName() + "[1]", step, feature);
		} else if (!component.isFamily() && indexWritten) {
			report(PtlCheck.SCENARIO_TARGET, quote(component.getName()) + " is a single component: drop the index", step,
					feature);
		}
	}

	private static boolean usesATable(Step step) {
		return step instanceof MapStep || step instanceof UnmapStep || step instanceof RelaxStep
				|| step instanceof WrprotectStep || step instanceof MkyoungStep || step instanceof MkoldStep
				|| step instanceof SplitStep || step instanceof SetOwnerStep || step instanceof TranslateStep
				|| step instanceof WalkStep || step instanceof ExpectPte || step instanceof ExpectLeaves
				|| step instanceof ExpectTables;
	}

	private static List<String> tableNames(Scenario scenario) {
		List<String> names = new ArrayList<>();
		scenario.getTables().forEach(table -> names.add(table.getName()));
		Binding binding = scenario.getBinding();
		if (binding != null && !binding.eIsProxy()) {
			for (ComponentBinding component : binding.getComponents()) {
				if (component.getComponent() != null && !component.getComponent().eIsProxy()) {
					names.add(component.getComponent().getName() + (component.getComponent().isFamily() ? "[*]" : ""));
				}
			}
		}
		return names;
	}

	@Check
	public void componentsPlayTheirRoles(TransitionStep step) {
		Transition transition = step.getTransition();
		Component initiator = step.getInitiator();
		if (transition == null || transition.eIsProxy() || initiator == null || initiator.eIsProxy()) {
			return;
		}
		if (!plays(transition.getInitiator(), initiator)) {
			report(PtlCheck.SCENARIO_TRANSITION_ROLE, quote(initiator.getName()) + " cannot initiate "
					+ quote(transition.getName()) + " (its initiator is " + sideText(transition.getInitiator()) + ")", step,
					Literals.TRANSITION_STEP__INITIATOR);
		}
		Component completer = step.getCompleter();
		if (completer != null && completer.eIsProxy()) {
			return; // reported as unresolved
		}
		if (transition.getCompleter() == null) {
			if (completer != null) {
				report(PtlCheck.SCENARIO_TRANSITION_ROLE, quote(transition.getName()) + " has no completer: drop 'with "
						+ completer.getName() + "'", step, Literals.TRANSITION_STEP__COMPLETER);
			}
			return;
		}
		if (completer == null) {
			report(PtlCheck.SCENARIO_TRANSITION_ROLE, quote(transition.getName()) + " needs a completer: add 'with "
					+ "<component>' (" + sideText(transition.getCompleter()) + ")", step, Literals.TRANSITION_STEP__TRANSITION);
		} else if (!completer.eIsProxy() && !plays(transition.getCompleter(), completer)) {
			report(PtlCheck.SCENARIO_TRANSITION_ROLE, quote(completer.getName()) + " cannot complete "
					+ quote(transition.getName()) + " (its completer is " + sideText(transition.getCompleter()) + ")", step,
					Literals.TRANSITION_STEP__COMPLETER);
		} else if (completer == initiator && step.getCompleterIndex() == step.getInitiatorIndex()) {
			report(PtlCheck.SCENARIO_TRANSITION_ROLE, "a component cannot complete its own transition", step,
					Literals.TRANSITION_STEP__COMPLETER);
		}
	}

	private static boolean plays(TransitionSide side, Component component) {
		return side == null || side.getComponents().isEmpty() || side.getComponents().contains(component);
	}

	private static String sideText(TransitionSide side) {
		if (side.getComponents().isEmpty()) {
			return "any component";
		}
		List<String> names = new ArrayList<>();
		side.getComponents().forEach(component -> names.add(component.eIsProxy() ? "?" : component.getName()));
		return String.join(" or ", names);
	}

	private static boolean written(EObject element, EStructuralFeature feature) {
		return !NodeModelUtils.findNodesForFeature(element, feature).isEmpty();
	}
}
