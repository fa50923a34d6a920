package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ptl.model.OwnershipModel;
import org.ptl.model.Transition;
import org.ptl.sim.explore.ExplorationOptions;
import org.ptl.sim.explore.ExplorationResult;
import org.ptl.sim.explore.ExplorationResult.Verdict;
import org.ptl.sim.explore.Explorer;
import org.ptl.sim.explore.OwnershipProof;
import org.ptl.sim.explore.TraceStep;

/**
 * The explorer on its own, in a plain JVM: member counts in guards and invariants, member symmetry
 * (interchangeable guests) counted against the search without it, the shortest counterexample
 * breadth-first search guarantees, and the independence of the result from the number of threads.
 */
class ExplorerTest {

	private static final OwnershipModel LEND = Models.load(Models.fixture("explore/members.ptl"))
			.named(OwnershipModel.class, "lend");

	@ParameterizedTest(name = "{0} guests: the counter and the borrowers agree")
	@CsvSource({ "1", "2", "3" })
	void memberCountsHoldUpToThreeGuests(int guests) {
		ExplorationResult result = Explorer.explore(LEND, options(guests));
		assertEquals(Verdict.HOLDS, result.verdict(), result.toString());
	}

	@Test
	void theFourthBorrowerBreaksTheBoundOnMembersAtDepthFour() {
		ExplorationResult result = Explorer.explore(LEND, options(4));
		assertEquals(Verdict.VIOLATED, result.verdict());
		assertEquals(List.of("at_most_three"), result.broken());
		// breadth first: four lends, on one page, is the shortest way there
		List<TraceStep> trace = result.trace();
		assertEquals(4, trace.size());
		assertEquals(List.of("lend_first", "lend_again", "lend_again", "lend_again"),
				trace.stream().map(TraceStep::transition).toList());
		assertTrue(trace.stream().allMatch(step -> step.page() == trace.get(0).page()));
	}

	@ParameterizedTest(name = "{0} guests, {1} pages: member and page symmetry save states, not reachability")
	@CsvSource({ "2, 1", "3, 1", "3, 2", "2, 3" })
	void symmetryStoresFewerStatesAndCountsTheSameSystem(int guests, int pages) {
		ExplorationResult full = Explorer.explore(LEND, options(guests).withPages(pages).withSymmetry(false));
		ExplorationResult reduced = Explorer.explore(LEND, options(guests).withPages(pages));
		assertEquals(Verdict.HOLDS, full.verdict());
		assertEquals(Verdict.HOLDS, reduced.verdict());
		assertTrue(reduced.statistics().states() < full.statistics().states(), reduced.statistics().toString());
		// the orbits of the canonical states cover exactly the states found without symmetry
		assertEquals(full.statistics().states(), reduced.statistics().unreducedStates(), 1e-6);
	}

	@Test
	void oneGuestOnePageHasThreeValues() {
		// host OWNED; host SHARED_OWNED with the guest borrowing and lent = 1; nothing else
		ExplorationResult result = Explorer.explore(LEND, options(1).withPages(1).withSymmetry(false));
		assertEquals(2, result.statistics().states());
		assertEquals(2, result.statistics().transitions());
	}

	@Test
	void threadsDoNotChangeTheResult() {
		ExplorationOptions base = options(3).withPages(4).withSymmetry(false);
		ExplorationResult one = Explorer.explore(LEND, base.withThreads(1));
		ExplorationResult two = Explorer.explore(LEND, base.withThreads(2));
		assertEquals(one.statistics().states(), two.statistics().states());
		assertEquals(one.statistics().transitions(), two.statistics().transitions());
		assertEquals(one.statistics().depth(), two.statistics().depth());
	}

	@Test
	void aBoundStopsTheSearchAndSaysHowFarItGot() {
		ExplorationResult result = Explorer.explore(LEND, options(3).withPages(4).withSymmetry(false).withMaxStates(50));
		assertEquals(Verdict.BOUNDED, result.verdict());
		assertTrue(result.bound().startsWith("--max-states 50 reached: 50 states stored"), result.bound());
		assertEquals(50, result.statistics().states());
	}

	@Test
	void aProofPointsAtTheTransitionOfTheLastStep() {
		OwnershipModel twin = Models.load(Models.root().resolve("tests/org.ptl.cli.tests/fixtures/twins/ownership_v6_15.ptl"))
				.named(OwnershipModel.class, "pkvm_v6_15");
		OwnershipProof proof = OwnershipProof.of(twin);
		assertEquals(Verdict.VIOLATED, proof.verdict());
		assertTrue(proof.at() instanceof Transition transition && "host_unshare_hyp".equals(transition.getName()),
				String.valueOf(proof.at()));
		assertTrue(proof.message().startsWith("invariant borrow_needs_share is broken after 2 steps: "
				+ "1. host host_share_hyp page 0 with hyp (host OWNED -> SHARED_OWNED, hyp NOPAGE -> SHARED_BORROWED); "
				+ "2. host host_unshare_hyp page 0 (host SHARED_OWNED -> OWNED); then page 0:"), proof.message());
		assertEquals(Verdict.HOLDS, OwnershipProof.of(LEND).verdict());
	}

	private static ExplorationOptions options(int guests) {
		return ExplorationOptions.defaults().withFamilyMembers(guests).withPages(1);
	}
}
