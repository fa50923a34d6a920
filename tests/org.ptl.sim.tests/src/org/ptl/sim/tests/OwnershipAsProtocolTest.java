package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ptl.model.OwnershipModel;
import org.ptl.model.Protocol;
import org.ptl.sim.explore.ExplorationOptions;
import org.ptl.sim.explore.ExplorationResult;
import org.ptl.sim.explore.ExplorationResult.Verdict;
import org.ptl.sim.explore.Explorer;
import org.ptl.sim.explore.TraceStep;
import org.ptl.sim.protocol.ProtocolSystem;

/**
 * An ownership model is expressible as a protocol, and the one explorer core finds the same system
 * for both: the benchmark model of bench/explore-vs-spin.sh and the same written as a protocol
 * (fixtures/explore/ownership_as_protocol.ptl) reach 5^N states on N pages without symmetry, the
 * same canonical states with it, and with the same seeded bug break the same invariant by the same
 * shortest trace.
 */
class OwnershipAsProtocolTest {

	private static final Path FIXTURE = Models.fixture("explore/ownership_as_protocol.ptl");

	private static ExplorationOptions options(int pages, boolean symmetry) {
		return ExplorationOptions.defaults().withPages(pages).withSymmetry(symmetry).withThreads(1);
	}

	private static ExplorationResult ownership(Models models, ExplorationOptions options) {
		return Explorer.explore(models.named(OwnershipModel.class, "bench"), options);
	}

	private static ExplorationResult protocol(Models models, ExplorationOptions options) {
		return Explorer.explore(new ProtocolSystem(models.named(Protocol.class, "bench_as_protocol"), options), options);
	}

	@ParameterizedTest(name = "{0} pages, symmetry {1}: the same states")
	@CsvSource({ "1, false", "3, false", "5, false", "3, true", "8, true" })
	void theSameSystemEitherWay(int pages, boolean symmetry) {
		Models models = Models.load(FIXTURE);
		ExplorationResult own = ownership(models, options(pages, symmetry));
		ExplorationResult protocol = protocol(models, options(pages, symmetry));
		assertEquals(Verdict.HOLDS, own.verdict(), own.toString());
		assertEquals(Verdict.HOLDS, protocol.verdict(), protocol.toString());
		assertEquals(own.statistics().states(), protocol.statistics().states());
		assertEquals(own.statistics().transitions(), protocol.statistics().transitions());
		assertEquals(Math.pow(5, pages), protocol.statistics().unreducedStates(), 1e-6);
	}

	@Test
	void theSameSeededBugGivesTheSameShortestTrace(@TempDir Path directory) throws IOException {
		// guest_unshare_host forgets its completer, in both: the host keeps borrowing
		String text = Files.readString(FIXTURE);
		String ownershipSeeded = text.replace("transition guest_unshare_host { initiator guest: SO -> OW completer host: SB -> NP }",
				"transition guest_unshare_host { initiator guest: SO -> OW }");
		String seeded = ownershipSeeded.replace(
				"requires guest[p] == SO and host[p] == SB\n        guest[p] = OW\n        host[p] = NP",
				"requires guest[p] == SO\n        guest[p] = OW");
		assertTrue(!ownershipSeeded.equals(text) && !seeded.equals(ownershipSeeded), "the bug is seeded in both");
		Path file = directory.resolve("seeded.ptl");
		Files.writeString(file, seeded);
		Models models = Models.load(file);
		ExplorationResult own = ownership(models, options(2, false));
		ExplorationResult protocol = protocol(models, options(2, false));
		assertEquals(Verdict.VIOLATED, own.verdict(), own.toString());
		assertEquals(Verdict.VIOLATED, protocol.verdict(), protocol.toString());
		assertEquals(own.broken(), protocol.broken());
		List<String> steps = own.trace().stream().map(TraceStep::transition).toList();
		assertEquals(steps, protocol.trace().stream().map(TraceStep::transition).toList());
		assertEquals(List.of("host_donate_guest", "guest_share_host", "guest_unshare_host"), steps);
		assertEquals(List.of("borrow_needs_share"), protocol.broken());
	}
}
