package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round trip of every bundled scenario: 'ptl simulate --trace casemate' writes its run as a
 * casemate trace, and 'ptl conform' finds that the trace conforms to the scenario's own binding (or,
 * for a scenario with a table of its own, to the table's format). Also: the same run gives the same
 * trace.
 */
class ConformRoundTripTest {

	private static final Pattern SCENARIO = Pattern.compile("^scenario (\\w+)");
	private static final Pattern BINDING = Pattern.compile("^\\s+binding (\\w+)");
	private static final Pattern TABLE = Pattern.compile("^\\s+table \\w+ of (\\w+)");

	/** "file|scenario|binding or format" for every scenario under examples/. */
	static Stream<String> scenarios() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Cli.root().resolve("examples"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".ptl")).sorted().toList()) {
				String scenario = null;
				for (String line : Files.readAllLines(file)) {
					Matcher start = SCENARIO.matcher(line);
					if (start.find()) {
						scenario = start.group(1);
						continue;
					}
					Matcher spec = BINDING.matcher(line);
					if (!spec.find()) {
						spec = TABLE.matcher(line);
					}
					if (scenario != null && spec.reset().find()) {
						found.add(file + "|" + scenario + "|" + spec.group(1));
						scenario = null;
					}
				}
			}
		}
		return found.stream();
	}

	@ParameterizedTest
	@MethodSource("scenarios")
	void theTraceOfABundledScenarioConformsToItsSpec(String item, @TempDir Path dir) throws IOException {
		String[] parts = item.split("\\|");
		Cli.Result exported = Cli.run("simulate", parts[0], "--scenario", parts[1], "--trace", "casemate");
		assertEquals(0, exported.exitCode(), exported.toString());
		assertFalse(exported.out().isEmpty(), exported.toString());
		Path trace = Files.writeString(dir.resolve(parts[1] + ".log"), exported.out());
		Cli.Result checked = Cli.run("conform", trace.toString(), "--binding", parts[2], "-q",
				SimulateCommandTest.path("examples"));
		assertEquals(0, checked.exitCode(), checked.toString());
		assertTrue(checked.out().contains(": 0 errors, 0 warnings: conforms"), checked.toString());
		Cli.Result again = Cli.run("simulate", parts[0], "--scenario", parts[1], "--trace", "casemate");
		assertEquals(exported.out(), again.out());
	}
}
