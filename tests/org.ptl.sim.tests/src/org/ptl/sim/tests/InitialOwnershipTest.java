package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ptl.model.Scenario;
import org.ptl.sim.scenario.ScenarioRunner;
import org.ptl.sim.scenario.SourceLocations;
import org.ptl.sim.trace.ScenarioTrace;
import org.ptl.sim.trace.TraceEntry;

/**
 * A scenario's 'initially' lines put components' pages in states before the first step: the store
 * and the table change as a transition would change them (hyp maps what it owns, the host annotates
 * what it gave away with hyp's owner id), and invariants are checked once all is set up.
 */
class InitialOwnershipTest {

	private static ScenarioTrace run(Path dir, String body) throws Exception {
		Path file = dir.resolve("initial.ptl");
		Files.writeString(file, "import \"" + Models.root().resolve("examples/pkvm/binding_v5_15.ptl") + "\"\n\n"
				+ "scenario s {\n    binding pkvm_v5_15_arm64\n    memory 8 pages at 0x80000000\n" + body + "}\n");
		Scenario scenario = Models.load(file).named(Scenario.class, "s");
		return new ScenarioRunner(0, SourceLocations.NONE).run(scenario);
	}

	@Test
	void hypOwnsWhatTheHostGaveAwayFromTheStart(@TempDir Path dir) throws Exception {
		ScenarioTrace trace = run(dir, "    initially hyp pages 2..3 is OWNED\n    initially host pages 2..3 is NOPAGE\n"
				+ "    expect hyp page 3 is OWNED\n    expect host page 2 is NOPAGE\n"
				+ "    expect pte 0x80002000 in host is 0x4\n    expect pte 0x80003000 in hyp is 0x0040000080003743\n"
				+ "    expect host page 4 is OWNED\n    expect invariants hold\n"
				+ "    host share page 2 with hyp\n    expect result -EPERM\n");
		assertNull(trace.error(), trace.error());
		assertTrue(trace.passed(), trace.entries().toString());
		TraceEntry.Step hypLine = (TraceEntry.Step) trace.entries().get(0);
		assertEquals("0", hypLine.result());
		assertEquals(2, hypLine.states().size(), "hyp pages 2 and 3: NOPAGE -> OWNED");
		assertTrue(hypLine.violations().isEmpty());
	}

	@Test
	void anInconsistentStartBreaksTheInvariantsAndSaysSo(@TempDir Path dir) throws Exception {
		ScenarioTrace trace = run(dir, "    initially hyp page 2 is OWNED\n    expect host page 2 is OWNED\n");
		TraceEntry.Step setUp = (TraceEntry.Step) trace.entries().get(0);
		assertEquals(java.util.List.of("single_owner (page 2)"), setUp.violations(),
				"host and hyp both own page 2");
		assertTrue(!trace.passed(), "a broken invariant fails the scenario");
	}
}
