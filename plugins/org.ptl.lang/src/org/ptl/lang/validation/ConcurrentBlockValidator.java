package org.ptl.lang.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.ptl.model.ConcurrentBlock;
import org.ptl.model.Cpu;
import org.ptl.model.CpuOperation;
import org.ptl.model.LibraryKind;
import org.ptl.model.MapStep;
import org.ptl.model.MkyoungStep;
import org.ptl.model.Named;
import org.ptl.model.OperationKind;
import org.ptl.model.Operations;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.RelaxStep;
import org.ptl.model.Scenario;
import org.ptl.model.ScenarioTable;
import org.ptl.model.Step;
import org.ptl.model.support.Scenarios;
import org.ptl.model.support.WalkFlagNames;

/**
 * Checks concurrent blocks: one per scenario, at least two CPUs with operations, all on one table of
 * the scenario's own (not a component's, not the EL2 stage 1's, whose walkers never race), and every
 * operation that does not take the write lock walking as a shared walker.
 */
public class ConcurrentBlockValidator extends PtlCheckValidator {

	@Check
	public void oneBlockPerScenario(ConcurrentBlock block) {
		Scenario scenario = Scenarios.of(block);
		if (scenario != null && scenario.getSteps().stream().filter(ConcurrentBlock.class::isInstance).findFirst()
				.orElse(null) != block) {
			report(PtlCheck.CONCURRENT_TWICE, "the scenario already has a concurrent block: the steps after a block are "
					+ "checked in each of its final states, so split this one into a scenario of its own", block, null);
		}
	}

	@Check
	public void somethingRaces(ConcurrentBlock block) {
		long busy = block.getCpus().stream().filter(cpu -> !cpu.getOperations().isEmpty()).count();
		if (busy < 2) {
			report(PtlCheck.CONCURRENT_ONE_CPU, busy + " CPU" + (busy == 1 ? " has" : "s have")
					+ " operations: with fewer than two, no interleaving differs from another", block, null);
		}
	}

	@Check
	public void oneTableOfTheScenario(ConcurrentBlock block) {
		Scenario scenario = Scenarios.of(block);
		ScenarioTable first = null;
		for (Cpu cpu : block.getCpus()) {
			for (CpuOperation operation : cpu.getOperations()) {
				Step step = operation.getStep();
				if (step == null) {
					continue;
				}
				ScenarioTable table = tableOf(step, scenario);
				if (table == null) {
					report(PtlCheck.CONCURRENT_TABLE, "racing CPUs work on a table of the scenario ('table NAME of FORMAT via "
							+ "OPERATIONS'), not on a component's", step, Literals.STEP__TARGET);
				} else if (first != null && table != first) {
					report(PtlCheck.CONCURRENT_TABLE, "the CPUs of a block work on one table: this is " + quote(table.getName())
							+ ", the block's first operation works on " + quote(first.getName()), step, Literals.STEP__TARGET);
				} else if (table.getOperations() != null && !table.getOperations().eIsProxy()
						&& table.getOperations().getLibrary() == LibraryKind.HYP) {
					report(PtlCheck.CONCURRENT_TABLE, "table " + quote(table.getName()) + " uses the hyp library, whose "
							+ "walkers never race (the hypervisor takes no shared walks)", step, Literals.STEP__TARGET);
				}
				first = first == null ? table : first;
			}
		}
	}

	@Check
	public void sharedUnlessExclusive(CpuOperation operation) {
		Step step = operation.getStep();
		if (operation.isExclusive() || step == null) {
			return;
		}
		ScenarioTable table = tableOf(step, Scenarios.of(operation));
		List<String> flags = walkFlags(step, table == null ? null : table.getOperations());
		if (flags != null && !flags.contains(WalkFlagNames.SHARED)) {
			String what = step.eClass().getName().replace("Step", "").toLowerCase(java.util.Locale.ROOT);
			report(PtlCheck.CONCURRENT_NOT_SHARED, "this " + what + " runs under the MMU read lock, beside other walkers, "
					+ "but its walk is not SHARED: its plain stores race with them; write 'exclusive' before it"
					+ (step instanceof MapStep ? ", or pass 'flags SHARED'" : ""), operation, Literals.CPU_OPERATION__STEP);
		}
	}

	/** The walk flags a step walks with: its own for a map, its operation's for relax and mkyoung, none else. */
	private static List<String> walkFlags(Step step, Operations operations) {
		if (step instanceof MapStep map) {
			return map.getWalkFlags();
		}
		OperationKind kind = step instanceof RelaxStep ? OperationKind.RELAX
				: step instanceof MkyoungStep ? OperationKind.MKYOUNG : null;
		if (kind == null) {
			return List.of();
		}
		if (operations == null || operations.eIsProxy()) {
			return null;
		}
		List<String> flags = new ArrayList<>();
		operations.getOperations().stream().filter(o -> o.getKind() == kind).findFirst()
				.ifPresent(o -> flags.addAll(o.getWalkFlags()));
		return flags;
	}

	/** The scenario table a step works on, or null for a component's (or none that can be told). */
	private static ScenarioTable tableOf(Step step, Scenario scenario) {
		Named target = step.getTarget();
		if (target instanceof ScenarioTable table) {
			return table;
		}
		if (target == null && scenario != null && scenario.getTables().size() == 1) {
			return scenario.getTables().get(0);
		}
		return null;
	}
}
