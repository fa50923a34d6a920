package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code ptl explore}: the bundled pKVM models hold in every reachable state (exit 0); their twins,
 * each with one seeded bug, give the shortest counterexample (exit 1), whose length is asserted;
 * every bound stops the search with a message naming it (exit 3); symmetry reduction finds the
 * canonical state counts the benchmark protocol has; the result does not depend on the number of
 * threads; bad input is a usage error (exit 2).
 */
class ExploreCommandTest {

	private static final String PROTOCOL = "tests/org.ptl.cli.tests/fixtures/explore/three_components.ptl";
	private static final String TWINS = "tests/org.ptl.cli.tests/fixtures/twins/";

	@ParameterizedTest(name = "{0} with {1} guests holds")
	@CsvSource({ "examples/pkvm/ownership_v5_15.ptl, 1", "examples/pkvm/ownership_v6_15.ptl, 1",
			"examples/pkvm/ownership_v5_15.ptl, 2", "examples/pkvm/ownership_v6_15.ptl, 2",
			"examples/pkvm/guest_sharing_v6_15.ptl, 2", "examples/pkvm/guest_sharing_v6_15.ptl, 3" })
	void bundledModelsHold(String file, int guests) {
		Cli.Result result = explore(file, "--guests", Integer.toString(guests));
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.out().contains("hold in every reachable state"), result.toString());
	}

	@ParameterizedTest(name = "{0}: {2} broken after {3} steps")
	@CsvSource({ "ownership_v5_15.ptl, 1, borrow_needs_share, 2, donate_shared",
			"ownership_v6_15.ptl, 1, borrow_needs_share, 2, host_unshare_hyp",
			"guest_sharing_v6_15.ptl, 2, borrow_needs_share, 3, host_unshare_guest_last" })
	void twinsGiveTheShortestCounterexample(String twin, int guests, String invariant, int steps, String lastStep) {
		JsonObject model = json(TWINS + twin, "--guests", Integer.toString(guests));
		assertEquals("violated", model.get("verdict").getAsString());
		assertEquals(List.of(invariant), strings(model.getAsJsonArray("broken")));
		JsonArray trace = model.getAsJsonArray("trace");
		assertEquals(steps, trace.size(), model.toString());
		assertEquals(lastStep, trace.get(steps - 1).getAsJsonObject().get("transition").getAsString());
		Cli.Result text = explore(TWINS + twin, "--guests", Integer.toString(guests));
		assertEquals(1, text.exitCode(), text.toString());
		assertTrue(text.out().contains("broken after " + steps + " steps (the shortest trace)"), text.toString());
	}

	@Test
	void aTraceStepSaysWhatChangedOnWhichPage() {
		JsonObject step = json(TWINS + "ownership_v6_15.ptl").getAsJsonArray("trace").get(0).getAsJsonObject();
		assertEquals("host host_share_hyp page 0 with hyp", step.get("step").getAsString());
		assertEquals(0, step.get("page").getAsInt());
		assertEquals("host", step.get("initiator").getAsString());
		assertEquals("hyp", step.get("completer").getAsString());
		List<String> changes = new ArrayList<>();
		for (JsonElement change : step.getAsJsonArray("changes")) {
			JsonObject c = change.getAsJsonObject();
			changes.add(c.get("subject").getAsString() + " " + c.get("before").getAsString() + " -> "
					+ c.get("after").getAsString());
		}
		assertEquals(List.of("host OWNED -> SHARED_OWNED", "hyp NOPAGE -> SHARED_BORROWED"), changes);
	}

	@ParameterizedTest(name = "{0} {1} stops the search with exit 3")
	@CsvSource({ "--max-states, 1000, --max-states 1000 reached", "--max-memory, 64K, --max-memory 65536 bytes reached",
			"--time-limit, 50ms, --time-limit 50 ms reached" })
	void everyBoundIsReportedAndExits3(String option, String value, String message) {
		Cli.Result result = explore(PROTOCOL, "--pages", "12", "--no-symmetry", option, value);
		assertEquals(3, result.exitCode(), result.toString());
		assertTrue(result.out().contains("stopped: " + message), result.toString());
		assertTrue(result.out().contains("the search is incomplete"), result.toString());
		assertTrue(result.out().contains("states not yet expanded"), result.toString());
	}

	@Test
	void aCounterWithoutMaxPastTheCounterBoundExits3() {
		Cli.Result result = explore(Cli.fixtures().resolve("ownership.not-proven/triggers.ptl").toString());
		assertEquals(3, result.exitCode(), result.toString());
		assertTrue(result.out().contains("counter 'pins' declares no max: explored up to 3"), result.toString());
		Cli.Result larger = explore(Cli.fixtures().resolve("ownership.not-proven/triggers.ptl").toString(),
				"--counter-bound", "5", "--format", "json");
		assertEquals(3, larger.exitCode(), larger.toString());
		assertTrue(larger.out().contains("pins=5"), larger.toString());
	}

	@ParameterizedTest(name = "{0} pages, symmetry {1}: {2} states")
	@CsvSource({ "10, true, 1001", "6, false, 15625", "8, false, 390625", "64, true, 814385" })
	void theProtocolHasFiveValuesPerPage(int pages, boolean symmetry, long states) {
		List<String> args = new ArrayList<>(List.of("--pages", Integer.toString(pages)));
		if (!symmetry) {
			args.add("--no-symmetry");
		}
		JsonObject model = json(PROTOCOL, args.toArray(String[]::new));
		assertEquals("holds", model.get("verdict").getAsString());
		JsonObject statistics = model.getAsJsonObject("statistics");
		assertEquals(states, statistics.get("states").getAsLong());
		// every reachable state of the unreduced system is counted once: 5^pages
		assertEquals(Math.pow(5, pages), statistics.get("unreducedStates").getAsDouble(), Math.pow(5, pages) * 1e-9);
	}

	@Test
	void deadlocksAndStuckPagesAreReportedOnlyWhenAskedFor() {
		String file = "tests/org.ptl.cli.tests/fixtures/explore/deadlock.ptl";
		assertEquals(0, explore(file).exitCode());
		Cli.Result result = explore(file, "--deadlocks");
		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.out().contains("deadlock after 2 steps (the shortest trace): no transition is enabled"),
				result.toString());
		assertTrue(result.out().contains("page values no transition leaves:\n    host NOPAGE, hyp OWNED"),
				result.toString());
		JsonObject json = json(file, "--deadlocks");
		assertTrue(json.get("deadlock").getAsBoolean());
		assertEquals(List.of("host NOPAGE, hyp OWNED"), strings(json.getAsJsonArray("stuckPages")));
	}

	@Test
	void statesOfTwoWordsAreStoredExactly() {
		// 22 pages of 3 bits need two words. A page is 0 steps from its initial value (1 value), 1 step
		// (3 values) or 2 steps (1 value): levels 0..2 hold 1 + 22 * 3 + (C(22, 2) * 9 + 22) = 2,168 states
		Cli.Result result = explore(PROTOCOL, "--pages", "22", "--no-symmetry", "--max-states", "2168");
		assertEquals(3, result.exitCode(), result.toString());
		assertTrue(result.out().contains("2,168 states stored, depth 2,"), result.toString());
		assertTrue(result.out().contains("66 bits"), result.toString());
	}

	@Test
	void theResultDoesNotDependOnTheNumberOfThreads() {
		for (String file : List.of(PROTOCOL, TWINS + "ownership_v5_15.ptl")) {
			JsonObject one = json(file, "--pages", "7", "--no-symmetry", "--threads", "1");
			JsonObject two = json(file, "--pages", "7", "--no-symmetry", "--threads", "2");
			assertEquals(one.get("trace"), two.get("trace"));
			for (String figure : List.of("states", "transitions", "depth")) {
				assertEquals(one.getAsJsonObject("statistics").get(figure), two.getAsJsonObject("statistics").get(figure),
						figure);
			}
		}
	}

	@Test
	void badInputIsAUsageError() {
		assertEquals(2, explore(PROTOCOL, "--pages", "0").exitCode());
		assertEquals(2, explore(PROTOCOL, "--pages", "100000000").exitCode());
		assertEquals(2, explore(PROTOCOL, "--model", "nothing").exitCode());
		assertEquals(2, explore(PROTOCOL, "--max-memory", "lots").exitCode());
		assertEquals(2, explore("examples/arm64").exitCode()); // no ownership model there
		Cli.Result broken = explore(Cli.fixtures().resolve("ownership.unknown-state/triggers.ptl").toString());
		assertEquals(2, broken.exitCode(), broken.toString());
		assertTrue(broken.err().contains("not exploring"), broken.toString());
	}

	private static Cli.Result explore(String file, String... options) {
		List<String> args = new ArrayList<>(List.of("explore", Cli.root().resolve(file).toString(), "--quiet"));
		args.addAll(List.of(options));
		return Cli.run(args.toArray(String[]::new));
	}

	/** The JSON of the file's only ownership model. */
	private static JsonObject json(String file, String... options) {
		List<String> args = new ArrayList<>(List.of(options));
		args.addAll(List.of("--format", "json"));
		Cli.Result result = explore(file, args.toArray(String[]::new));
		JsonArray models = JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("models");
		assertEquals(1, models.size(), result.toString());
		return models.get(0).getAsJsonObject();
	}

	private static List<String> strings(JsonArray array) {
		List<String> strings = new ArrayList<>();
		array.forEach(element -> strings.add(element.getAsString()));
		return strings;
	}
}
