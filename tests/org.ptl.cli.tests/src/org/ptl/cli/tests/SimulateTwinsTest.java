package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled scenario has a twin under {@code fixtures/twins/} that differs from it in exactly one
 * expectation, and {@code ptl simulate} reports that expectation, and only it, as failed (exit 1):
 * the scenarios pass because the engine computes what they say, not because nothing is checked.
 */
class SimulateTwinsTest {

	private static final Pattern SCENARIO = Pattern.compile("^scenario (\\w+)");
	private static final Pattern FAILED = Pattern.compile("^\\s+(\\d+)\\s+expect .*FAILED: .*$");

	@TestFactory
	Stream<DynamicTest> everyScenarioHasATwinThatFailsOnce() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String bundled : SimulateCommandTest.BUNDLED_SCENARIOS) {
			Path original = Cli.root().resolve(bundled);
			Path twin = Cli.root().resolve("tests/org.ptl.cli.tests/fixtures/twins").resolve(original.getFileName());
			Map<String, List<String>> originals = scenarios(original);
			Map<String, List<String>> twins = scenarios(twin);
			tests.add(dynamicTest(bundled + " and its twin have the same scenarios",
					() -> assertEquals(originals.keySet(), twins.keySet())));
			for (String name : originals.keySet()) {
				tests.add(dynamicTest(name + " has a twin with one wrong expectation, reported as failed", () -> {
					int line = onlyDifference(originals.get(name), twins.get(name), name);
					Cli.Result result = Cli.run("simulate", twin.toString(), "--scenario", name);
					assertEquals(1, result.exitCode(), result.toString());
					List<Integer> failed = new ArrayList<>();
					for (String out : result.lines()) {
						Matcher matcher = FAILED.matcher(out);
						if (matcher.matches()) {
							failed.add(Integer.parseInt(matcher.group(1)));
						}
					}
					assertEquals(List.of(line), failed, result.toString());
				}));
			}
		}
		return tests.stream();
	}

	/** The file line of the one line in which the twin's scenario differs, which must be an expectation. */
	private static int onlyDifference(List<String> original, List<String> twin, String name) {
		assertEquals(original.size(), twin.size(), name + ": the twin has as many lines");
		int differing = -1;
		for (int i = 1; i < original.size(); i++) {
			if (!original.get(i).equals(twin.get(i))) {
				assertEquals(-1, differing, name + ": the twin differs in more than one line");
				differing = i;
			}
		}
		assertTrue(differing > 0, name + ": the twin is the same as the scenario");
		assertTrue(twin.get(differing).trim().startsWith("expect "), name + ": the difference is not an expectation");
		return Integer.parseInt(twin.get(0)) + differing;
	}

	/** Each scenario's lines, the first entry being the line number of its header. */
	private static Map<String, List<String>> scenarios(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, List<String>> scenarios = new LinkedHashMap<>();
		List<String> current = null;
		for (int i = 0; i < lines.size(); i++) {
			Matcher matcher = SCENARIO.matcher(lines.get(i));
			if (matcher.find()) {
				current = new ArrayList<>();
				current.add(Integer.toString(i));
				scenarios.put(matcher.group(1), current);
			}
			if (current != null) {
				current.add(lines.get(i));
				if (lines.get(i).equals("}")) {
					current = null;
				}
			}
		}
		return scenarios;
	}
}
