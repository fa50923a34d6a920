package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code ptl explore} on protocol models (issue 13): the bundled dirty-tracking models hold, with
 * one gmap and with two; each twin gives its shortest lost write, whose length and losing step are
 * asserted; a step of a counterexample names its actor, its action and every variable and field it
 * changed; a state too large for the packed store is refused with the numbers (exit 2); a counter
 * past its range stops the search as a named bound (exit 3); unknown families are usage errors.
 */
class ExploreProtocolsTest {

	private static final String TWINS = "tests/org.ptl.cli.tests/fixtures/twins/";

	@ParameterizedTest(name = "{0} {1} with {2} holds")
	@CsvSource({ "examples/dirty/s390_gmap_old.ptl, s390_gmap_old, 'gmap=1,vcpu=2', 3",
			"examples/dirty/s390_gmap_old.ptl, s390_gmap_old, 'gmap=2,vcpu=2', 3",
			"examples/dirty/s390_gmap_old.ptl, s390_gmap_old_4k, 'gmap=1,vcpu=2', 2",
			"examples/dirty/s390_gmap_old.ptl, s390_gmap_old_4k, 'gmap=2,vcpu=2', 2",
			"examples/dirty/s390_gmap_split.ptl, s390_gmap_split, 'gmap=1,vcpu=2', 3",
			"examples/dirty/arm64_dirty_log.ptl, arm64_dirty_log, 'vcpu=2', 2" })
	void bundledProtocolsHold(String file, String model, String members, int pages) {
		Cli.Result result = Cli.run("explore", SimulateCommandTest.path(file), "--model", model, "--members", members,
				"--pages", Integer.toString(pages), "-q");
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.out().contains("invariant no_write_lost holds in every reachable state"), result.toString());
		assertTrue(result.out().contains("members " + members.replace(",", ", ")), result.toString());
	}

	@ParameterizedTest(name = "{0}: lost after {2} steps, at {3}")
	@CsvSource({ "s390_gmap_old_host_change.ptl, '', 3, host_change, host",
			"s390_gmap_2018_direction.ptl, '', 5, store, vcpu[1]",
			"s390_gmap_split_unmarked.ptl, '', 3, split, kvm",
			"arm64_dirty_log_late_clear.ptl, vcpu=1, 12, store, vcpu[1]" })
	void twinsLoseAWriteInTheShortestCounterexample(String twin, String members, int steps, String losing, String actor) {
		List<String> args = new ArrayList<>(List.of("explore", SimulateCommandTest.path(TWINS + twin), "--pages", "2",
				"--format", "json", "-q"));
		if (!members.isEmpty()) {
			args.addAll(List.of("--members", members));
		}
		Cli.Result result = Cli.run(args.toArray(String[]::new));
		assertEquals(1, result.exitCode(), result.toString());
		JsonObject model = JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("models").get(0)
				.getAsJsonObject();
		assertEquals("violated", model.get("verdict").getAsString());
		assertEquals("no_write_lost", model.getAsJsonArray("broken").get(0).getAsString());
		JsonArray trace = model.getAsJsonArray("trace");
		assertEquals(steps, trace.size(), model.toString());
		JsonObject last = trace.get(steps - 1).getAsJsonObject();
		assertEquals(losing, last.get("transition").getAsString(), model.toString());
		assertEquals(actor, last.get("actor").getAsString(), model.toString());
		assertTrue(changes(last).stream().anyMatch(change -> change.startsWith("written[0] false -> true")
				|| change.contains("gmap_uc 1 -> 0")), model.toString());
	}

	@Test
	void theDirectionTwinLosesAWriteThroughTheOtherGmap() {
		Cli.Result result = Cli.run("explore", SimulateCommandTest.path(TWINS + "s390_gmap_2018_direction.ptl"), "--pages",
				"2", "-q");
		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.out().contains("vcpu[1] store(1, 2, 0)"), result.toString());
		assertTrue(result.out().contains("kvm sync()"), result.toString());
	}

	@Test
	void aStepNamesItsActorActionAndChangedFields() {
		Cli.Result result = Cli.run("explore", SimulateCommandTest.path(TWINS + "s390_gmap_split_unmarked.ptl"), "--pages",
				"1", "--format", "json", "-q");
		JsonObject model = JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("models").get(0)
				.getAsJsonObject();
		JsonObject first = model.getAsJsonArray("trace").get(0).getAsJsonObject();
		assertEquals("vcpu[1] link(1)", first.get("step").getAsString());
		assertEquals("link", first.get("transition").getAsString());
		assertEquals("vcpu[1]", first.get("actor").getAsString());
		assertEquals(-1, first.get("page").getAsInt());
		assertEquals(List.of("seg[1].invalid 1 -> 0", "seg[1].large 0 -> 1", "seg[1].gmap_uc 0 -> 1"), changes(first));
		assertEquals(List.of("vcpu[1]", "kvm", "qemu"), strings(model.getAsJsonArray("actors")));
		JsonObject split = model.getAsJsonArray("trace").get(2).getAsJsonObject();
		assertTrue(changes(split).contains("pte[0].invalid 1 -> 0"), split.toString());
	}

	@Test
	void aStateTooLargeForTheStoreIsRefusedWithTheNumbers() {
		Cli.Result result = Cli.run("explore", SimulateCommandTest.path("examples/dirty/arm64_dirty_log.ptl"), "--members",
				"vcpu=40", "-q");
		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("needs") && result.err().contains("bits")
				&& result.err().contains("packs it into 62"), result.toString());
		assertEquals("", result.out(), result.toString());
	}

	@Test
	void aCounterPastItsRangeIsANamedBound(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("counter.ptl");
		Files.writeString(file, """
				protocol c {
				    var n: 0..2
				    actor a
				    action up by a {
				        n += 1
				    }
				    invariant small: n <= 2
				}
				""");
		Cli.Result result = Cli.run("explore", file.toString(), "-q");
		assertEquals(3, result.exitCode(), result.toString());
		assertTrue(result.out().contains("action 'up' takes n to 3, past its range 0..2"), result.toString());
		assertTrue(result.out().contains("not a wrap-around"), result.toString());
	}

	@Test
	void anUnknownFamilyIsAUsageError() {
		Cli.Result result = Cli.run("explore", SimulateCommandTest.path("examples/dirty/s390_gmap_split.ptl"), "--members",
				"gmp=2");
		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("no family 'gmp'") && result.err().contains("gmap, vcpu"), result.toString());
	}

	@Test
	void symmetryOverPagesAndMembersGivesTheSameVerdictWithFewerStates() {
		JsonObject with = json("examples/dirty/s390_gmap_old.ptl", "--model", "s390_gmap_old_4k", "--members",
				"gmap=3,vcpu=2", "--pages", "2");
		JsonObject without = json("examples/dirty/s390_gmap_old.ptl", "--model", "s390_gmap_old_4k", "--members",
				"gmap=3,vcpu=2", "--pages", "2", "--no-symmetry");
		assertEquals("holds", with.get("verdict").getAsString());
		assertEquals("holds", without.get("verdict").getAsString());
		JsonObject reduced = with.getAsJsonObject("statistics");
		JsonObject full = without.getAsJsonObject("statistics");
		assertTrue(reduced.get("states").getAsLong() < full.get("states").getAsLong(), with.toString());
		assertEquals(full.get("states").getAsDouble(), reduced.get("unreducedStates").getAsDouble(), with.toString());
	}

	private static JsonObject json(String file, String... options) {
		List<String> args = new ArrayList<>(List.of("explore", SimulateCommandTest.path(file), "--format", "json", "-q"));
		args.addAll(List.of(options));
		Cli.Result result = Cli.run(args.toArray(String[]::new));
		return JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("models").get(0).getAsJsonObject();
	}

	private static List<String> changes(JsonObject step) {
		List<String> changes = new ArrayList<>();
		for (JsonElement change : step.getAsJsonArray("changes")) {
			JsonObject c = change.getAsJsonObject();
			changes.add(c.get("subject").getAsString() + " " + c.get("before").getAsString() + " -> "
					+ c.get("after").getAsString());
		}
		return changes;
	}

	private static List<String> strings(JsonArray array) {
		List<String> strings = new ArrayList<>();
		array.forEach(element -> strings.add(element.getAsString()));
		return strings;
	}
}
