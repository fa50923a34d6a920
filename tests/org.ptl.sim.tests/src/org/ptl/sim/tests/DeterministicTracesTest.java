package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ptl.model.Scenario;
import org.ptl.sim.scenario.ScenarioRunner;
import org.ptl.sim.scenario.SourceLocations;
import org.ptl.sim.trace.PteChange;
import org.ptl.sim.trace.ScenarioTrace;
import org.ptl.sim.trace.TraceEntry;

/**
 * Simulation is deterministic: the same scenario with the same seed gives an identical trace, for
 * every bundled scenario. The seed only scatters where table pages are placed, so different seeds
 * give different table descriptors but the same leaves, results, states and verdicts.
 */
class DeterministicTracesTest {

	static Stream<String> scenarios() {
		return Models.EXAMPLES.all(Scenario.class).stream().map(Scenario::getName);
	}

	private static ScenarioTrace run(String scenario, long seed) {
		return new ScenarioRunner(seed, SourceLocations.NONE).run(Models.EXAMPLES.named(Scenario.class, scenario));
	}

	@ParameterizedTest
	@MethodSource("scenarios")
	void theSameSeedGivesTheSameTrace(String scenario) {
		for (long seed : new long[] { 0, 42 }) {
			ScenarioTrace first = run(scenario, seed);
			ScenarioTrace second = run(scenario, seed);
			assertTrue(first.passed(), scenario + " passes with seed " + seed + ": " + first);
			assertEquals(first, second, scenario + " with seed " + seed + " twice");
		}
	}

	@ParameterizedTest
	@MethodSource("scenarios")
	void anotherSeedGivesTheSameTraceUpToTableAddresses(String scenario) {
		ScenarioTrace seed0 = run(scenario, 0);
		ScenarioTrace seed1 = run(scenario, 1);
		assertTrue(seed1.passed(), scenario + " passes with seed 1: " + seed1);
		assertEquals(withoutTableAddresses(seed0), withoutTableAddresses(seed1), scenario + ", seeds 0 and 1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "v5_15_block_split", "v5_15_share_unshare", "walk_6_2" })
	void anotherSeedPlacesTablesElsewhere(String scenario) {
		List<Long> seed0 = tableDescriptors(run(scenario, 0));
		List<Long> seed1 = tableDescriptors(run(scenario, 1));
		assertEquals(seed0.size(), seed1.size(), scenario + ": as many tables");
		assertNotEquals(seed0, seed1, scenario + ": the table pages are elsewhere");
	}

	/** Table descriptors are a table's PA | 0b11 above the last level (DOMAIN.md §1.2, §7). */
	private static boolean isTableDescriptor(PteChange change, long value) {
		return change.level() < 3 && (value & 0b11) == 0b11;
	}

	private static List<Long> tableDescriptors(ScenarioTrace trace) {
		List<Long> tables = new ArrayList<>();
		for (TraceEntry entry : trace.entries()) {
			if (entry instanceof TraceEntry.Step step) {
				step.ptes().stream().filter(c -> isTableDescriptor(c, c.after())).forEach(c -> tables.add(c.after()));
			}
		}
		return tables;
	}

	/** The trace with each table descriptor written as "table" and its decoded fields dropped. */
	private static List<String> withoutTableAddresses(ScenarioTrace trace) {
		List<String> lines = new ArrayList<>();
		lines.add(trace.name() + (trace.error() == null ? "" : ": " + trace.error()));
		for (TraceEntry entry : trace.entries()) {
			if (entry instanceof TraceEntry.Check check) {
				lines.add("check " + check.text() + " " + check.passed() + " " + check.detail());
			} else if (entry instanceof TraceEntry.Step step) {
				lines.add("step " + step.text() + " -> " + step.result() + " " + step.states() + " " + step.events()
						+ " " + step.violations());
				for (PteChange change : step.ptes()) {
					boolean tableBefore = isTableDescriptor(change, change.before());
					boolean tableAfter = isTableDescriptor(change, change.after());
					lines.add("  " + change.table() + " L" + change.level() + "[" + change.index() + "] 0x"
							+ Long.toHexString(change.address()) + ": "
							+ (tableBefore ? "table" : Long.toHexString(change.before())) + " -> "
							+ (tableAfter ? "table" : Long.toHexString(change.after()))
							+ (tableBefore || tableAfter ? "" : " " + change.fields()));
				}
			}
		}
		return lines;
	}
}
