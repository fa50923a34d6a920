package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Concurrent scenarios on the command line: 'ptl simulate' runs every interleaving (or the first, or
 * some drawn at random), 'ptl explore' explores them with their shortest failing interleaving as a
 * table (text) or objects (JSON), and either writes the interleaving shown as a casemate trace.
 */
class RacingCommandTest {

	private static final String RACING = SimulateCommandTest.path("examples/kvm/racing.ptl");
	private static final String TWIN = SimulateCommandTest.path("tests/org.ptl.cli.tests/fixtures/twins/race_1f0f4a2ef7a5.ptl");

	@Test
	void theOffsetRuleHoldsInEveryInterleaving() {
		Cli.Result result = Cli.run("simulate", RACING);
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.out().contains("holds in every interleaving"), result.toString());
		assertTrue(result.out().contains("partial-order reduction on"), result.toString());
	}

	@Test
	void theCursorTwinFailsWithItsShortestInterleaving() {
		Cli.Result result = Cli.run("explore", TWIN);
		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.out().contains("0x200000 translates to 0x8000400000, not 0x8000200000"), result.toString());
		assertTrue(result.lines().stream().anyMatch(line -> line.matches("\\s+step\\s+vcpu_a\\s+vcpu_b")), result.toString());
		assertTrue(result.out().contains("release L3 0x200000: 0x400 -> 0x400080004007ff"), result.toString());
	}

	@Test
	void explorationAsJson() {
		Cli.Result result = Cli.run("explore", TWIN, "--format", "json");
		assertEquals(1, result.exitCode(), result.toString());
		JsonObject scenario = JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("scenarios").get(0)
				.getAsJsonObject();
		assertEquals("race_block_and_page_6_2", scenario.get("scenario").getAsString());
		assertFalse(scenario.get("passed").getAsBoolean());
		assertTrue(scenario.get("states").getAsLong() > 0);
		JsonObject failure = scenario.getAsJsonArray("failures").get(0).getAsJsonObject();
		assertEquals("final", failure.get("kind").getAsString());
		JsonArray schedule = failure.getAsJsonArray("schedule");
		assertEquals(scenario.getAsJsonArray("interleaving").size(), schedule.size());
		assertEquals("vcpu_a", schedule.get(0).getAsString());
		assertEquals(2, scenario.getAsJsonArray("cpus").size());
	}

	@Test
	void withoutReduction() {
		Cli.Result result = Cli.run("explore", RACING, "--no-reduction");
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.out().contains("partial-order reduction off"), result.toString());
	}

	@Test
	void theFirstOrSomeInterleavings() {
		Cli.Result first = Cli.run("simulate", TWIN, "--interleavings", "first", "-v");
		assertTrue(first.out().contains("ran 1 interleaving (the first)"), first.toString());
		assertTrue(first.out().contains("the first interleaving:"), first.toString());
		Cli.Result some = Cli.run("simulate", TWIN, "--interleavings", "40", "--seed", "3");
		assertTrue(some.out().contains("ran 40 interleavings (drawn at random)"), some.toString());
	}

	@Test
	void badInterleavingsAreAUsageError() {
		for (String bad : List.of("0", "-3", "most", "")) {
			Cli.Result result = Cli.run("simulate", RACING, "--interleavings", bad);
			assertEquals(2, result.exitCode(), bad + ": " + result);
			assertTrue(result.err().contains("--interleavings takes all, first or a number"), result.toString());
			assertEquals("", result.out(), "nothing but the report goes to stdout");
		}
	}

	@Test
	void aTraceInJsonHasTheBlock() {
		Cli.Result result = Cli.run("simulate", RACING, "--trace", "json");
		JsonArray trace = JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("scenarios").get(0)
				.getAsJsonObject().getAsJsonArray("trace");
		JsonObject block = null;
		for (var entry : trace) {
			if ("concurrently".equals(entry.getAsJsonObject().get("type").getAsString())) {
				block = entry.getAsJsonObject();
			}
		}
		assertTrue(block != null && block.get("passed").getAsBoolean(), result.toString());
	}

	@Test
	void theInterleavingShownAsACasemateTrace(@TempDir Path directory) throws Exception {
		Path trace = directory.resolve("race.trace");
		Cli.Result result = Cli.run("explore", TWIN, "--casemate", trace.toString());
		assertEquals(1, result.exitCode(), result.toString());
		List<String> lines = Files.readAllLines(trace);
		assertTrue(lines.get(0).startsWith("(mem-init (id 0) (tid 0) (address 0x"), lines.get(0));
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("(sysreg-write") && line.contains("vttbr_el2")));
		assertTrue(lines.stream().anyMatch(line -> line.contains("(src \"race_1f0f4a2ef7a5.ptl:")));
		Cli.Result none = Cli.run("simulate", SimulateCommandTest.path("examples/kvm/walker_scenarios.ptl"), "--casemate",
				directory.resolve("none.trace").toString());
		assertEquals(2, none.exitCode(), none.toString());
		assertFalse(Files.exists(directory.resolve("none.trace")));
	}

	@Test
	void everyPolicyOnTwoVcpus() {
		Cli.Result result = Cli.run("explore", SimulateCommandTest.path("examples/kvm/racing_policies.ptl"));
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals(4, result.lines().stream().filter(line -> line.contains("holds in every interleaving")
				&& !line.contains("livelock")).count(), result.toString());
		assertTrue(result.out().contains("may never finish (livelock)"), result.toString());
	}
}
