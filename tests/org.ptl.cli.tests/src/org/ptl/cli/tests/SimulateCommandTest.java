package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code ptl simulate}: every bundled scenario passes (exit 0); a failed expectation is reported
 * with its line and what was found instead (exit 1); bad input is a located message before anything
 * runs (exit 2); the JSON trace carries the same steps, entries and states; and the same seed gives
 * the same trace.
 */
class SimulateCommandTest {

	static final List<String> BUNDLED_SCENARIOS = List.of("examples/pkvm/scenarios_v5_15.ptl",
			"examples/pkvm/scenarios_v6_15.ptl", "examples/kvm/walker_scenarios.ptl", "examples/dirty/dirty_scenarios.ptl");

	private static final Pattern SUMMARY = Pattern.compile("^(\\d+) scenarios?: (\\d+) passed, (\\d+) failed$");

	static String path(String relative) {
		return Cli.root().resolve(relative).toString();
	}

	/** A file with one scenario that imports a bundled example; the scenario starts on line 3. */
	private static Path scenario(Path dir, String imported, String... lines) throws IOException {
		Path file = dir.resolve("scenario.ptl");
		Files.writeString(file, "import \"" + path(imported) + "\"\n\n" + String.join("\n", lines) + "\n");
		return file;
	}

	@ParameterizedTest
	@ValueSource(strings = { "examples/pkvm/scenarios_v5_15.ptl", "examples/pkvm/scenarios_v6_15.ptl",
			"examples/kvm/walker_scenarios.ptl" })
	void everyBundledScenarioPasses(String file) {
		Cli.Result result = Cli.run("simulate", path(file));
		assertEquals(0, result.exitCode(), result.toString());
		Matcher summary = SUMMARY.matcher(result.lines().get(result.lines().size() - 1));
		assertTrue(summary.matches(), result.toString());
		assertEquals("0", summary.group(3), result.toString());
		assertFalse(result.out().contains("FAILED"), result.toString());
	}

	@Test
	void aStepShowsItsEntriesStatesAndTheVerdictOfEachExpectation() {
		Cli.Result result = Cli.run("simulate", path("examples/pkvm/scenarios_v5_15.ptl"), "--scenario",
				"v5_15_donate_and_back");
		assertEquals(0, result.exitCode(), result.toString());
		String out = result.out();
		assertTrue(out.contains("host donate page 4 with hyp  -> 0"), out);
		assertTrue(out.contains("host L3[4] 0x80004000: 0x0000000000000000 -> 0x0000000000000004  new invalid, owner_id = 0x1"),
				out);
		assertTrue(out.contains("state host page 4: OWNED -> NOPAGE"), out);
		assertTrue(out.contains("state hyp page 4: NOPAGE -> OWNED"), out);
		assertTrue(out.contains("expect pte 0x80004000 in host is 0x4  ok"), out);
		assertTrue(out.contains("1 scenario: 1 passed, 0 failed"), out);
	}

	@Test
	void aRefusedTransitionSaysWhy() {
		Cli.Result result = Cli.run("simulate", path("examples/pkvm/scenarios_v5_15.ptl"), "--scenario",
				"v5_15_share_twice");
		assertTrue(result.out().contains("host share page 5 with hyp  -> -EPERM (initiator host is SHARED_OWNED for page 5, "
				+ "not OWNED)"), result.toString());
	}

	@Test
	void aFailedExpectationIsLocatedAndExitsOne(@TempDir Path dir) throws IOException {
		Path file = scenario(dir, "examples/kvm/stage2_6_12.ptl",
				"scenario wrong {",
				"    table s2 of arm64_s2_4k_40 via kvm_stage2_6_12",
				"    map 0x8000e00000 size 4K to 0x8000e00000 prot R, W, X",
				"    expect pte 0x8000e00000 is 0x8000e007fd",
				"}");
		Cli.Result result = Cli.run("simulate", file.toString());
		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.out().contains("   6  expect pte 0x8000e00000 is 0x8000e007fd  FAILED: it is 0x8000e007ff at level 3"),
				result.toString());
		assertTrue(result.out().contains("1 scenario: 0 passed, 1 failed"), result.toString());
	}

	@Test
	void anUnknownScenarioNameIsAUsageError() {
		Cli.Result result = Cli.run("simulate", path("examples/pkvm/scenarios_v5_15.ptl"), "--scenario", "nope");
		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("no scenario 'nope'"), result.toString());
		assertEquals("", result.out(), result.toString());
	}

	@Test
	void aScenarioNamingUnknownThingsIsReportedBeforeAnythingRuns(@TempDir Path dir) throws IOException {
		Path file = scenario(dir, "examples/pkvm/binding_v5_15.ptl",
				"scenario unknown {",
				"    binding pkvm_v5_15_arm64",
				"    memory 8 pages at 0x80000000",
				"    host share page 9 with hyp",
				"    kernel share page 1 with hyp",
				"    table t of no_such_format via kvm_stage2_6_12",
				"}");
		Cli.Result result = Cli.run("simulate", file.toString());
		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("scenario.ptl:6:21: error: page 9 is outside the scenario's memory of 8 pages"),
				result.toString());
		assertTrue(result.err().contains("scenario.ptl:7:5: error: unknown component 'kernel'"), result.toString());
		assertTrue(result.err().contains("ptl: not simulating"), result.toString());
		assertEquals("", result.out(), "nothing ran: " + result);
	}

	@Test
	void kernelErrorsAreStepResultsNotCrashes(@TempDir Path dir) throws IOException {
		Path file = scenario(dir, "examples/kvm/stage2_6_12.ptl",
				"scenario limits {",
				"    table s2 of arm64_s2_4k_40 via kvm_stage2_6_12",
				"    map 0xfffffff000 size 8K to 0x0 prot R",
				"    expect result -ERANGE",
				"    memcache none",
				"    map 0x0 size 4K to 0x0 prot R",
				"    expect result -ENOMEM",
				"    memcache 1 pages",
				"    map 0x0 size 4K to 0x0 prot R",
				"    expect result -ENOMEM",
				"    map 0x0 size 4K to 0x0 prot DEVICE, X",
				"    expect result -EINVAL",
				"    memcache 4 pages",
				"    map 0x1001 size 2 to 0x5001 prot R",
				"    expect result 0",
				"    expect pte 0x1000 field oa = 0x5000",
				"}");
		Cli.Result result = Cli.run("simulate", file.toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals(6, count(result.out(), "  ok\n"), result.toString());
	}

	@Test
	void jsonCarriesTheSameTrace() {
		Cli.Result result = Cli.run("simulate", path("examples/pkvm/scenarios_v5_15.ptl"), "--scenario",
				"v5_15_share_twice", "--trace", "json");
		assertEquals(0, result.exitCode(), result.toString());
		JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
		JsonObject summary = json.getAsJsonObject("summary");
		assertEquals(1, summary.get("scenarios").getAsInt());
		assertEquals(1, summary.get("passed").getAsInt());
		JsonObject scenario = json.getAsJsonArray("scenarios").get(0).getAsJsonObject();
		assertEquals("v5_15_share_twice", scenario.get("name").getAsString());
		JsonArray trace = scenario.getAsJsonArray("trace");
		JsonObject share = trace.get(0).getAsJsonObject();
		assertEquals("step", share.get("type").getAsString());
		assertEquals("host share page 5 with hyp", share.get("step").getAsString());
		assertEquals("0", share.get("result").getAsString());
		JsonObject leaf = null;
		for (JsonElement pte : share.getAsJsonArray("ptes")) {
			if (pte.getAsJsonObject().get("table").getAsString().equals("host")
					&& pte.getAsJsonObject().get("level").getAsInt() == 3) {
				leaf = pte.getAsJsonObject();
			}
		}
		assertEquals("0x800000800057ff", leaf.get("after").getAsString(), share.toString());
		assertEquals("0x80005000", leaf.get("address").getAsString());
		JsonObject state = share.getAsJsonArray("states").get(0).getAsJsonObject();
		assertEquals("host", state.get("component").getAsString());
		assertEquals("SHARED_OWNED", state.get("after").getAsString());
		JsonObject refused = trace.get(2).getAsJsonObject();
		assertTrue(refused.get("result").getAsString().startsWith("-EPERM"), refused.toString());
		assertEquals(0, refused.getAsJsonArray("ptes").size(), "a refused transition changes no entry");
		JsonObject expectation = trace.get(3).getAsJsonObject();
		assertEquals("expect", expectation.get("type").getAsString());
		assertTrue(expectation.get("passed").getAsBoolean());
	}

	@Test
	void theSameSeedGivesTheSameTrace() {
		for (String file : BUNDLED_SCENARIOS) {
			Cli.Result first = Cli.run("simulate", path(file), "--seed", "7", "--trace", "json");
			Cli.Result second = Cli.run("simulate", path(file), "--seed", "7", "--trace", "json");
			assertEquals(first.out(), second.out(), file);
		}
	}

	@Test
	void anotherSeedPlacesTablesElsewhereButMapsTheSame() {
		String file = path("examples/pkvm/scenarios_v5_15.ptl");
		Cli.Result seed1 = Cli.run("simulate", file, "--seed", "1", "--scenario", "v5_15_share_unshare");
		Cli.Result seed2 = Cli.run("simulate", file, "--seed", "2", "--scenario", "v5_15_share_unshare");
		assertEquals(0, seed1.exitCode(), seed1.toString());
		assertEquals(0, seed2.exitCode(), seed2.toString());
		assertNotEquals(seed1.out(), seed2.out(), "table pages are placed by the seed");
		assertEquals(leafLines(seed1.out()), leafLines(seed2.out()), "leaf values do not depend on the seed");
	}

	private static List<String> leafLines(String out) {
		return out.lines().filter(line -> line.contains(" L3[")).toList();
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}
}
