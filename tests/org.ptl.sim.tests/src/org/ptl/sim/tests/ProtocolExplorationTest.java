package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ptl.model.Protocol;
import org.ptl.sim.explore.ExplorationOptions;
import org.ptl.sim.explore.ExplorationResult;
import org.ptl.sim.explore.ExplorationResult.Verdict;
import org.ptl.sim.explore.Explorer;
import org.ptl.sim.explore.TraceStep;
import org.ptl.sim.protocol.ProtocolSystem;

/**
 * Protocol models on the explorer's shared core, in a plain JVM: the state laid out in a global
 * word and a word per page, the bundled dirty-tracking models proved, seeded bugs found with the
 * shortest trace, page and member symmetry counted against the search without it, results
 * independent of the number of threads, and states too large for the store refused.
 */
class ProtocolExplorationTest {

	private static final Models WIDE = Models.load(Models.fixture("explore/wide_global.ptl"));
	private static final Models STEPS = Models.load(Models.fixture("explore/deep_steps.ptl"));

	private static Protocol protocol(String name) {
		return Models.EXAMPLES.named(Protocol.class, name);
	}

	private static ExplorationResult explore(String name, int pages, Map<String, Integer> members, boolean symmetry,
			int threads) {
		ExplorationOptions options = ExplorationOptions.defaults().withPages(pages).withMembers(members)
				.withSymmetry(symmetry).withThreads(threads);
		return Explorer.explore(new ProtocolSystem(protocol(name), options), options);
	}

	@ParameterizedTest(name = "{0}, {1} pages, gmap={2}: no write lost")
	@CsvSource({ "s390_gmap_old, 4, 1", "s390_gmap_old, 4, 2", "s390_gmap_old_4k, 2, 2", "s390_gmap_split, 3, 1" })
	void s390ModelsHold(String name, int pages, int gmaps) {
		ExplorationResult result = explore(name, pages, Map.of("gmap", gmaps, "vcpu", 2), true, 2);
		assertEquals(Verdict.HOLDS, result.verdict(), result.toString());
	}

	@Test
	void arm64DirtyLoggingHoldsWithEveryCapability() {
		ExplorationResult result = explore("arm64_dirty_log", 2, Map.of("vcpu", 2), true, 2);
		assertEquals(Verdict.HOLDS, result.verdict(), result.toString());
		assertTrue(result.statistics().globalValues() > 1, result.statistics().toString());
	}

	@ParameterizedTest(name = "{0}: symmetry counts the same system with fewer states")
	@CsvSource({ "s390_gmap_old_4k, 2, 3", "s390_gmap_old, 3, 2", "arm64_dirty_log, 2, 1" })
	void symmetryCountsTheSameSystem(String name, int pages, int gmaps) {
		Map<String, Integer> members = name.startsWith("arm64") ? Map.of("vcpu", 2) : Map.of("gmap", gmaps, "vcpu", 2);
		ExplorationResult full = explore(name, pages, members, false, 1);
		ExplorationResult reduced = explore(name, pages, members, true, 1);
		assertTrue(reduced.statistics().states() < full.statistics().states(), reduced.statistics().toString());
		assertEquals(full.statistics().states(), reduced.statistics().unreducedStates(), 1e-6);
	}

	@ParameterizedTest(name = "{0} threads find what one finds")
	@CsvSource({ "2", "3", "5" })
	void theResultDoesNotDependOnTheThreads(int threads) {
		ExplorationResult one = explore("s390_gmap_old", 7, Map.of("gmap", 2), false, 1);
		ExplorationResult many = explore("s390_gmap_old", 7, Map.of("gmap", 2), false, threads);
		assertEquals(one.statistics().states(), many.statistics().states());
		assertEquals(one.statistics().transitions(), many.statistics().transitions());
		assertEquals(one.statistics().depth(), many.statistics().depth());
	}

	@Test
	void aSeededBugGivesTheShortestLostWrite() {
		Protocol twin = Models.load(Models.root().resolve("tests/org.ptl.cli.tests/fixtures/twins/s390_gmap_split_unmarked.ptl"))
				.named(Protocol.class, "s390_gmap_split_unmarked");
		ExplorationOptions options = ExplorationOptions.defaults().withPages(2);
		ExplorationResult result = Explorer.explore(new ProtocolSystem(twin, options), options);
		assertEquals(Verdict.VIOLATED, result.verdict());
		assertEquals(List.of("no_write_lost"), result.broken());
		assertEquals(List.of("link", "store", "split"), result.trace().stream().map(TraceStep::transition).toList());
		assertEquals(List.of("vcpu[1]", "vcpu[1]", "kvm"), result.trace().stream().map(TraceStep::actor).toList());
	}

	/**
	 * The global number is wider than a page's field and packed after the pages: in the first word
	 * up to 60 one-bit pages (the one-word fast path), at the start of the second from 61, after
	 * the pages in the second word at 70; every layout finds the same system as page symmetry does.
	 */
	@ParameterizedTest(name = "{0} pages: the global field wherever it lies")
	@CsvSource({ "2", "60", "61", "62", "63", "70" })
	void aWideGlobalFieldIsPackedAfterThePages(int pages) {
		Protocol wide = WIDE.named(Protocol.class, "wide_global");
		ExplorationResult full = explore(wide, pages, false);
		assertEquals(Verdict.HOLDS, full.verdict(), full.toString());
		assertEquals(1 + 4 * pages, full.statistics().states());
		assertEquals(4 * pages, full.statistics().transitions());
		ExplorationResult reduced = explore(wide, pages, true);
		assertEquals(full.statistics().states(), reduced.statistics().unreducedStates(), 1e-6);
	}

	@ParameterizedTest(name = "{0} pages: the counterexample reads the global field back")
	@CsvSource({ "60", "61", "70" })
	void aWideGlobalFieldIsReadBackInTheCounterexample(int pages) {
		ExplorationResult result = explore(WIDE.named(Protocol.class, "wide_global_broken"), pages, false);
		assertEquals(Verdict.VIOLATED, result.verdict(), result.toString());
		assertEquals(List.of("mark", "advance", "advance", "advance"),
				result.trace().stream().map(TraceStep::transition).toList());
		assertEquals(List.of(new TraceStep.Change("phase", "3", "4")), result.trace().get(3).changes());
	}

	/**
	 * Threads split the levels of deep_steps (thousands of states each) and race for the same new
	 * states: the counterexample, step by step, is the one a single thread finds, since a state
	 * keeps the parent earliest in the queue whichever thread reaches it first. The states of
	 * deep_steps (24 bits) are marks addressed by the state, as are those of long_steps, whose more
	 * than 40 chunks pass the 31 the marks tell apart; those of wide_steps (29 bits) are in a hash
	 * table of claims: both stores are raced for.
	 */
	@ParameterizedTest(name = "{0} with {3} threads: the counterexample one thread finds")
	@CsvSource({ "deep_steps, 10, 9, 2", "deep_steps, 10, 9, 3", "deep_steps, 10, 9, 4", "long_steps, 8, 40, 2",
			"long_steps, 8, 40, 3", "wide_steps, 8, 16, 2", "wide_steps, 8, 16, 3" })
	void racingThreadsFindTheCounterexampleOneThreadFinds(String name, int pages, int steps, int threads) {
		Protocol deep = STEPS.named(Protocol.class, name);
		ExplorationResult one = explore(deep, pages, false, 1);
		ExplorationResult many = explore(deep, pages, false, threads);
		assertEquals(Verdict.VIOLATED, one.verdict(), one.toString());
		assertEquals(steps, one.trace().size());
		assertEquals(one.trace(), many.trace());
		assertEquals(one.statistics().states(), many.statistics().states());
		assertEquals(one.statistics().transitions(), many.statistics().transitions());
	}

	@ParameterizedTest(name = "{0} threads: every state once, as one thread stores them")
	@CsvSource({ "2", "3" })
	void racingThreadsStoreEveryStateOnce(int threads) {
		Protocol many = STEPS.named(Protocol.class, "many_steps");
		ExplorationResult one = explore(many, 10, false, 1);
		ExplorationResult racing = explore(many, 10, false, threads);
		assertEquals(Verdict.HOLDS, racing.verdict(), racing.toString());
		assertEquals(59_049, racing.statistics().states());
		assertEquals(one.statistics().transitions(), racing.statistics().transitions());
		assertEquals(20, racing.statistics().depth());
	}

	private static ExplorationResult explore(Protocol protocol, int pages, boolean symmetry) {
		return explore(protocol, pages, symmetry, 1);
	}

	private static ExplorationResult explore(Protocol protocol, int pages, boolean symmetry, int threads) {
		ExplorationOptions options = ExplorationOptions.defaults().withPages(pages).withSymmetry(symmetry)
				.withThreads(threads);
		return Explorer.explore(new ProtocolSystem(protocol, options), options);
	}

	/**
	 * The two-gmap model at ten pages keeps its 23-bit states as marks (9 MiB, which the memory
	 * bound lets it take), then needs about 17 MB more for the queue: the bound stops it there.
	 */
	@Test
	void theMemoryBoundStopsAStoreOfMarksAsTheQueueGrows() {
		ExplorationOptions options = ExplorationOptions.defaults().withPages(10).withSymmetry(false)
				.withMembers(Map.of("gmap", 2, "vcpu", 1)).withMaxMemoryBytes(20L << 20);
		ExplorationResult result = Explorer.explore(new ProtocolSystem(protocol("s390_gmap_old"), options), options);
		assertEquals(Verdict.BOUNDED, result.verdict(), result.toString());
		assertTrue(result.bound().startsWith("--max-memory 20971520 bytes reached"), result.bound());
		assertTrue(result.statistics().states() > 1_000_000, result.statistics().toString());
		assertTrue(result.statistics().bytes() <= 20L << 20, result.statistics().toString());
	}

	@Test
	void aStateTooLargeForTheStoreIsRefused() {
		ExplorationOptions options = ExplorationOptions.defaults().withMembers(Map.of("vcpu", 40));
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> new ProtocolSystem(protocol("arm64_dirty_log"), options));
		assertTrue(refused.getMessage().contains("needs 86 bits") && refused.getMessage().contains("into 62"),
				refused.getMessage());
	}
}
