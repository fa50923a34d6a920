package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ptl.model.Scenario;
import org.ptl.sim.scenario.ScenarioRunner;
import org.ptl.sim.scenario.SourceLocations;
import org.ptl.sim.trace.ScenarioTrace;
import org.ptl.sim.trace.TraceEntry;

/**
 * A scenario's CPU features (and a table's, with 'with') are inputs of its run: they change the
 * maintenance its steps perform, as DOMAIN.md §8 says, and nothing else.
 */
class ScenarioFeaturesTest {

	private static final Models FIXTURES = Models.load(Models.fixture("features.ptl"));

	private static List<String> unmapEvents(String scenario) {
		ScenarioTrace trace = new ScenarioRunner(0, SourceLocations.NONE).run(FIXTURES.named(Scenario.class, scenario));
		TraceEntry.Step unmap = (TraceEntry.Step) trace.entries().get(1);
		return unmap.events();
	}

	@Test
	void withoutFeaturesUnmapCleansAndInvalidatesEachLeaf() {
		assertEquals(List.of("s2: TLBI IPA 0x200000 level 2", "s2: DC CIVAC 0x8000200000+0x200000",
				"s2: TLBI IPA 0x200000 level unknown"), unmapEvents("unmap_without_features"));
	}

	@Test
	void fwbAndRangesDeferTheLeafToOneRangeAndSkipTheClean() {
		assertEquals(List.of("s2: TLBI IPA 0x200000 level unknown", "s2: TLBI VMID range 0x200000+0x200000"),
				unmapEvents("unmap_with_fwb_and_ranges"));
	}

	@Test
	void aTablesOwnFeaturesCountToo() {
		assertEquals(List.of("s2: TLBI IPA 0x200000 level 2", "s2: TLBI IPA 0x200000 level unknown"),
				unmapEvents("unmap_on_a_table_with_fwb"));
	}
}
