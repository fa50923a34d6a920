package org.ptl.sim.scenario;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.ConcurrentBlock;
import org.ptl.model.Cpu;
import org.ptl.model.CpuOperation;
import org.ptl.model.ExpectedResult;
import org.ptl.model.Expectation;
import org.ptl.model.Step;
import org.ptl.sim.Errno;
import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.race.CpuOp;
import org.ptl.sim.race.CpuProgram;
import org.ptl.sim.race.FinalCheck;
import org.ptl.sim.race.Race;
import org.ptl.sim.race.RaceOptions;
import org.ptl.sim.race.RaceReport;
import org.ptl.sim.race.RaceTable;
import org.ptl.sim.race.RaceWorld;
import org.ptl.sim.race.Replays;

/**
 * Runs a scenario's concurrent block: its CPUs race on the scenario's table from the state the steps
 * before left, the steps after the block are checked in every final state, and the table is left as
 * the interleaving shown leaves it, for the rest of the scenario to go on from.
 */
final class RaceRunner {

	private final ScenarioState state;
	private final SourceLocations locations;
	private final RaceOptions options;

	RaceRunner(ScenarioState state, SourceLocations locations, RaceOptions options) {
		this.state = state;
		this.locations = locations;
		this.options = options;
	}

	RaceReport run(ConcurrentBlock block, List<Step> after) {
		List<CpuProgram> programs = new ArrayList<>();
		SimTable table = null;
		for (Cpu cpu : block.getCpus()) {
			List<CpuOp> ops = new ArrayList<>();
			for (CpuOperation operation : cpu.getOperations()) {
				SimTable target = state.table(operation.getStep());
				if (table != null && target != table) {
					throw new IllegalArgumentException("the CPUs of a concurrent block must work on one table, not on '"
							+ table.name() + "' and '" + target.name() + "'");
				}
				table = target;
				ops.add(new CpuOp(operation.getStep(), operation.isExclusive(), allowed(operation), livelock(operation),
						locations.line(operation), locations.text(operation)));
			}
			programs.add(new CpuProgram(cpu.getName(), ops));
		}
		if (table == null) {
			throw new IllegalArgumentException("the concurrent block has no operation");
		}
		if (table.library().hyp()) {
			throw new IllegalArgumentException("table '" + table.name() + "' uses the hyp library, whose walkers never race");
		}
		RaceTable shared = new RaceTable(table.name(), table.table(), table.library().operations(), state.policy,
				table.library().features(), table.feed(), Maintenance.NONE);
		RaceWorld world = new RaceWorld(shared, programs);
		RaceReport report = Race.run(world, finalCheck(after), table.library().operations(), options);
		int[] schedule = report.shownFailure() != null ? report.shownFailure().schedule() : new int[0];
		Replays.finish(world, schedule);
		if (state.recording != null) {
			state.recording.race(table, report);
		}
		return report;
	}

	/** The steps after the block, run in a final state: what they find wrong. */
	private FinalCheck finalCheck(List<Step> after) {
		return world -> {
			List<String> failures = new ArrayList<>();
			StepRunner steps = new StepRunner(state);
			Expectations expectations = new Expectations(state);
			for (Step step : after) {
				String failure;
				if (step instanceof Expectation expectation) {
					failure = expectations.check(expectation);
				} else {
					steps.run(step);
					failure = null;
				}
				if (failure != null) {
					failures.add("line " + locations.line(step) + ": expect " + strip(locations.text(step)) + ": " + failure);
				}
			}
			return failures;
		};
	}

	private static String strip(String text) {
		return text.startsWith("expect ") ? text.substring("expect ".length()) : text;
	}

	private static List<Long> allowed(CpuOperation operation) {
		List<Long> allowed = new ArrayList<>();
		for (ExpectedResult result : operation.getResults()) {
			if (result.getErrno() != null) {
				allowed.add((long) -Errno.number(result.getErrno()).orElse(0));
			} else if (result.isSetValue()) {
				allowed.add(result.getValue());
			}
		}
		return allowed;
	}

	private static boolean livelock(CpuOperation operation) {
		return operation.getResults().stream().anyMatch(ExpectedResult::isLivelock);
	}
}
