package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ptl.model.Scenario;
import org.ptl.model.WalkerPolicy;
import org.ptl.sim.scenario.ScenarioExecution;
import org.ptl.sim.scenario.ScenarioRunner;
import org.ptl.sim.scenario.SourceLocations;
import org.ptl.sim.trace.OwnershipTable;
import org.ptl.sim.trace.ScenarioTrace;
import org.ptl.sim.trace.TraceEntry;

/**
 * A scenario run one step at a time (the Eclipse simulation view's step button) gives the same trace
 * as a run to the end, shows every page's ownership between steps, and a walker policy given to the
 * runner replaces the scenario's own.
 */
class ScenarioExecutionTest {

	private static final ScenarioRunner RUNNER = new ScenarioRunner(0, SourceLocations.NONE);

	@Test
	void steppingGivesTheSameTraceAsRunning() {
		Scenario scenario = Models.EXAMPLES.named(Scenario.class, "v6_15_share_unshare");
		ScenarioExecution execution = RUNNER.start(scenario);
		List<TraceEntry> stepped = new ArrayList<>();
		while (!execution.finished()) {
			assertSame(scenario.getSteps().get(stepped.size()), execution.nextStep());
			stepped.add(execution.next());
		}
		assertNull(execution.nextStep());
		assertNull(execution.next(), "a finished run performs nothing");
		ScenarioTrace whole = RUNNER.run(scenario);
		assertEquals(whole, execution.trace());
		assertTrue(execution.trace().entries().containsAll(stepped));
	}

	@Test
	void theOwnershipTableShowsEveryComponentOfEveryPageBetweenSteps() {
		Scenario scenario = Models.EXAMPLES.named(Scenario.class, "v6_15_share_unshare");
		ScenarioExecution execution = RUNNER.start(scenario);
		OwnershipTable before = execution.ownership();
		assertNotNull(before);
		assertTrue(before.columns().containsAll(List.of("host", "hyp")), before.columns().toString());
		assertEquals(scenario.getMemoryPages() > 0 ? scenario.getMemoryPages() : 16, before.rows().size());
		int host = before.columns().indexOf("host");
		while (!execution.finished()) {
			TraceEntry entry = execution.next();
			if (entry instanceof TraceEntry.Step step && !step.states().isEmpty()) {
				var change = step.states().get(0);
				int column = execution.ownership().columns().indexOf(change.owner());
				assertEquals(change.after(), execution.ownership().rows().get(change.page()).get(column));
				assertEquals(change.before(), before.rows().get(change.page()).get(column));
				return;
			}
		}
		throw new AssertionError("the scenario changed no state (host is column " + host + ")");
	}

	@Test
	void aPolicyOverrideReplacesTheScenariosPolicy() {
		Scenario scenario = Models.EXAMPLES.named(Scenario.class, "walk_6_2");
		WalkerPolicy older = Models.EXAMPLES.named(WalkerPolicy.class, "mainline_6_1");
		ScenarioTrace own = RUNNER.run(scenario);
		ScenarioTrace overridden = new ScenarioRunner(0, SourceLocations.NONE, older).run(scenario);
		assertTrue(own.passed(), "walk_6_2 passes with its own policy");
		assertFalse(overridden.passed(), "Linux 6.1 stops on -EAGAIN where 6.2 ignores it, so walk_6_2's expectations fail");
	}

	@Test
	void aScenarioWithoutBindingHasNoOwnershipTable() {
		Scenario scenario = Models.EXAMPLES.named(Scenario.class, "walk_6_2");
		assertNull(RUNNER.start(scenario).ownership());
	}
}
