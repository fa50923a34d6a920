package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ptl.model.Scenario;
import org.ptl.sim.monitor.Violation;
import org.ptl.sim.scenario.ScenarioRunner;
import org.ptl.sim.scenario.SourceLocations;
import org.ptl.sim.trace.ScenarioTrace;
import org.ptl.sim.trace.TraceEntry;

/**
 * The break-before-make monitor runs beside every simulation: each bundled scenario stays clean,
 * and a step that breaks a rule fails its scenario with the violation on the step.
 */
class MonitorOnScenariosTest {

	private static List<Violation> violations(ScenarioTrace trace) {
		return trace.entries().stream().filter(TraceEntry.Step.class::isInstance).map(TraceEntry.Step.class::cast)
				.flatMap(step -> step.monitor().stream()).toList();
	}

	@Test
	void everyBundledScenarioIsClean() {
		for (Scenario scenario : Models.EXAMPLES.all(Scenario.class)) {
			ScenarioTrace trace = new ScenarioRunner(0, SourceLocations.NONE).run(scenario);
			assertEquals(List.of(), violations(trace), scenario.getName());
		}
	}

	@Test
	void aStepThatReplacesAValidBlockWithATableFails() {
		Scenario scenario = Models.load(Models.fixture("monitor.ptl")).named(Scenario.class, "hyp_page_inside_a_block");
		ScenarioTrace trace = new ScenarioRunner(0, SourceLocations.NONE).run(scenario);
		assertFalse(trace.passed());
		TraceEntry.Step second = (TraceEntry.Step) trace.entries().get(1);
		assertEquals(List.of("BBM valid->valid"), second.monitor().stream().map(Violation::message).toList());
		Violation violation = second.monitor().get(0);
		assertEquals(2, violation.level());
		assertEquals(0x8000_0000L, violation.address());
		assertEquals("hyp", violation.table());
	}
}
