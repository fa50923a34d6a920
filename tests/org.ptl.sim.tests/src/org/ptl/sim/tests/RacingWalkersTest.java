package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.ptl.model.Scenario;
import org.ptl.sim.Errno;
import org.ptl.sim.race.RaceFailure;
import org.ptl.sim.race.RaceOptions;
import org.ptl.sim.race.RaceReport;
import org.ptl.sim.scenario.ScenarioRunner;
import org.ptl.sim.scenario.SourceLocations;
import org.ptl.sim.trace.ScenarioTrace;
import org.ptl.sim.trace.TraceEntry;

/**
 * Racing walkers on the real engine (DOMAIN.md §9.2): every interleaving of two vCPUs' faults is
 * explored with the monitor on; the 6.4+ output-address rule is proved on the race of commit
 * 1f0f4a2ef7a5 and the pre-6.4 cursor rule gives its counterexample; partial-order reduction and the
 * exploration order change how much is explored, not what is found.
 */
class RacingWalkersTest {

	static final Models TWINS = Models.load(Models.root().resolve("tests/org.ptl.cli.tests/fixtures/twins"));
	static final Models FIXTURES = Models.load(Models.fixture("racing.ptl"));

	static RaceReport race(Models models, String scenario, RaceOptions options) {
		ScenarioTrace trace = new ScenarioRunner(0, SourceLocations.NONE, null, options)
				.run(models.named(Scenario.class, scenario));
		assertEquals(null, trace.error(), scenario);
		return trace.entries().stream().filter(TraceEntry.Race.class::isInstance).map(TraceEntry.Race.class::cast)
				.findFirst().orElseThrow().report();
	}

	@Test
	void theOffsetRuleOf64HoldsInEveryInterleaving() {
		RaceReport report = race(Models.EXAMPLES, "race_block_and_page_6_12", RaceOptions.EXHAUSTIVE);
		assertTrue(report.passed(), report.failures().toString());
		assertTrue(report.states() > 1000, "a real search: " + report.states());
		assertEquals(Set.of(0L, (long) -Errno.EAGAIN), report.summaries().get(0).results().get(0));
		assertEquals(Set.of(0L, (long) -Errno.EAGAIN), report.summaries().get(1).results().get(0));
	}

	@Test
	void theCursorRuleBefore64MapsTheWrongAddress() {
		RaceReport report = race(TWINS, "race_block_and_page_6_2", RaceOptions.EXHAUSTIVE);
		assertFalse(report.passed());
		RaceFailure failure = report.failures().get(0);
		assertEquals(RaceFailure.Kind.FINAL, failure.kind());
		assertTrue(failure.message().contains("0x200000 translates to 0x8000400000, not 0x8000200000"), failure.message());
		assertEquals(failure, report.shownFailure());
		assertEquals(failure.schedule().length, report.shown().size(), "the interleaving shown is the failing one");
		assertTrue(report.shown().stream().anyMatch(step -> step.events().contains("release L3 0x200000: 0x400 -> 0x400080004007ff")),
				"vCPU A maps 0x200000 to the page after the block");
	}

	@Test
	void reductionAndItsAbsenceFindTheSame() {
		RaceReport reduced = race(TWINS, "race_block_and_page_6_2", RaceOptions.EXHAUSTIVE);
		RaceReport full = race(TWINS, "race_block_and_page_6_2", RaceOptions.EXHAUSTIVE.withoutReduction());
		assertEquals(messages(reduced), messages(full));
		assertEquals(reduced.finals(), full.finals(), "the same final states");
		assertTrue(reduced.transitions() < full.transitions(), reduced.transitions() + " < " + full.transitions());
		assertTrue(reduced.reduction() && !full.reduction());
	}

	private static Set<String> messages(RaceReport report) {
		Set<String> messages = new TreeSet<>();
		report.failures().forEach(failure -> messages.add(failure.message()));
		return messages;
	}

	@Test
	void theSearchIsDeterministic() {
		RaceReport first = race(TWINS, "race_block_and_page_6_2", RaceOptions.EXHAUSTIVE);
		RaceReport second = race(TWINS, "race_block_and_page_6_2", RaceOptions.EXHAUSTIVE);
		assertEquals(first.states(), second.states());
		assertEquals(first.transitions(), second.transitions());
		assertEquals(first.interleavings(), second.interleavings());
		assertEquals(first.shown(), second.shown());
	}

	@Test
	void eachSeededBugIsCaughtWithItsMessage() {
		assertEquals("BBM invalid unclean->valid", monitorFailure("seeded_break_without_tlbi"));
		assertEquals("Wrote plain without authorization", monitorFailure("seeded_plain_make"));
		assertEquals("BBM valid->valid", monitorFailure("seeded_replace_without_break"));
		assertEquals("BBM invalid unclean->valid", monitorFailure("seeded_tlbi_wrong_page"));
	}

	private static String monitorFailure(String scenario) {
		RaceReport report = race(TWINS, scenario, RaceOptions.EXHAUSTIVE);
		RaceFailure failure = report.failures().get(0);
		assertEquals(RaceFailure.Kind.MONITOR, failure.kind(), scenario);
		assertFalse(failure.violations().isEmpty());
		assertFalse(report.shown().get(report.shown().size() - 1).violations().isEmpty(),
				"the last step shown breaks the rule");
		return failure.message();
	}

	@Test
	void aRetryPolicyThatLivelocksIsReportedWithItsCycle() {
		RaceReport report = race(FIXTURES, "livelock_not_allowed", RaceOptions.EXHAUSTIVE);
		RaceFailure livelock = report.failures().stream().filter(f -> f.kind() == RaceFailure.Kind.LIVELOCK).findFirst()
				.orElse(null);
		assertNotNull(livelock, report.failures().toString());
		assertTrue(livelock.cycle().length > 0, "the cycle");
		assertTrue(livelock.message().contains("can retry for ever"), livelock.message());
		assertFalse(report.reduction(), "cycles are searched for without partial-order reduction");
		assertEquals(-1, report.summaries().get(1).maxRetries(), "retries without bound");
	}

	@Test
	void anAllowedLivelockPassesButIsSaid() {
		RaceReport report = race(Models.EXAMPLES, "faults_vipin_2023", RaceOptions.EXHAUSTIVE);
		assertTrue(report.passed(), report.failures().toString());
		assertFalse(report.summaries().get(0).terminates());
		assertFalse(report.summaries().get(1).terminates());
	}

	@Test
	void exclusiveOperationsDoNotInterleave() {
		RaceReport report = race(Models.EXAMPLES, "faults_6_1", RaceOptions.EXHAUSTIVE);
		assertTrue(report.passed());
		assertEquals(2, report.interleavings(), "one vCPU after the other, in either order");
	}

	@Test
	void aTableReplacedByABlockIsFreedAfterTheGracePeriod() {
		RaceReport report = race(FIXTURES, "block_over_a_table", RaceOptions.EXHAUSTIVE);
		assertTrue(report.passed(), report.failures().toString());
		RaceReport first = race(FIXTURES, "block_over_a_table", RaceOptions.first());
		assertTrue(first.shown().stream().anyMatch(step -> step.cpu() < 0), "the RCU callbacks ran");
	}

	@Test
	void relaxAgingAndAFaultOnOnePageStayClean() {
		RaceReport report = race(FIXTURES, "relax_young_and_fault", RaceOptions.EXHAUSTIVE);
		assertTrue(report.passed(), report.failures().toString());
		assertEquals(3, report.summaries().size());
	}

	@Test
	void theFirstAndSampledInterleavings() {
		RaceReport first = race(Models.EXAMPLES, "race_block_and_page_6_12", RaceOptions.first());
		assertEquals(1, first.interleavings());
		assertEquals(-1, first.states(), "no search");
		RaceReport sampled = race(TWINS, "race_block_and_page_6_2", RaceOptions.sampled(50, 7));
		assertEquals(50, sampled.interleavings());
		assertEquals(sampled.interleavings(), race(TWINS, "race_block_and_page_6_2", RaceOptions.sampled(50, 7))
				.interleavings());
	}

	@Test
	void theInterleavingShownExportsAsACasemateTrace() {
		RaceReport report = race(TWINS, "race_block_and_page_6_2", RaceOptions.EXHAUSTIVE);
		List<String> trace = org.ptl.sim.race.CasemateTrace.of(report.prologue(), report.shown(), "race.ptl");
		assertTrue(trace.get(0).startsWith("(mem-init (id 0) (tid 0) (address 0x"), trace.get(0));
		assertTrue(trace.stream().anyMatch(line -> line.startsWith("(sysreg-write") && line.contains("(sysreg vttbr_el2)")));
		assertTrue(trace.stream().anyMatch(line -> line.contains("(mem-order cas)")));
		assertTrue(trace.stream().anyMatch(line -> line.startsWith("(tlbi") && line.contains(" ipas2e1is (value 0x600000000201)")));
		for (int i = 0; i < trace.size(); i++) {
			assertTrue(trace.get(i).contains("(id " + i + ")"), trace.get(i));
			assertTrue(trace.get(i).endsWith("\"))"), trace.get(i));
		}
	}
}
