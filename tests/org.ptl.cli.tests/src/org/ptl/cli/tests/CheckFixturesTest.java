package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ptl.lang.validation.PtlCheck;

/**
 * Every check has a fixture that triggers it ({@code triggers.ptl}, each offending line marked
 * {@code // expect: <check-id>}, or listed in {@code triggers.expect} when the file cannot hold a
 * comment) and one that must not ({@code clean.ptl}, which has no diagnostic at all). {@code ptl
 * check} reports the check exactly on the marked lines and exits 1 on the first, 0 on the second.
 */
class CheckFixturesTest {

	private static final Pattern MARKER = Pattern.compile("// expect: ([a-z0-9., -]+)");

	@TestFactory
	Stream<DynamicTest> everyCheckHasATriggeringAndACleanFixture() {
		return Stream.of(PtlCheck.values()).flatMap(check -> Stream.of(
				dynamicTest(check.id() + " is reported on the marked lines", () -> triggers(check)),
				dynamicTest(check.id() + " is not reported on its clean fixture", () -> clean(check))));
	}

	private static void triggers(PtlCheck check) {
		Path fixture = Cli.fixtures().resolve(check.id()).resolve("triggers.ptl");
		assertTrue(Files.isRegularFile(fixture), "missing fixture " + fixture);
		Set<Integer> expected = expectedLines(fixture, check.id());
		assertFalse(expected.isEmpty(), "the fixture marks no line for " + check.id());
		Cli.Result result = Cli.run("check", fixture.toString());
		Set<Integer> reported = new TreeSet<>();
		for (Cli.Diagnostic diagnostic : result.diagnostics()) {
			if (diagnostic.check().equals(check.id())) {
				reported.add(diagnostic.line());
				assertEquals("error", diagnostic.severity(), result.toString());
			}
		}
		assertEquals(expected, reported, result.toString());
		assertEquals(1, result.exitCode(), result.toString());
	}

	private static void clean(PtlCheck check) {
		Path fixture = Cli.fixtures().resolve(check.id()).resolve("clean.ptl");
		assertTrue(Files.isRegularFile(fixture), "missing fixture " + fixture);
		Cli.Result result = Cli.run("check", fixture.toString());
		assertEquals(List.of(), result.diagnostics(), result.toString());
		assertEquals(0, result.exitCode(), result.toString());
	}

	/** Lines marked in the fixture itself, plus those its triggers.expect lists. */
	private static Set<Integer> expectedLines(Path fixture, String id) {
		Set<Integer> lines = new TreeSet<>();
		List<String> text = readLines(fixture);
		for (int i = 0; i < text.size(); i++) {
			Matcher marker = MARKER.matcher(text.get(i));
			if (marker.find() && List.of(marker.group(1).split(",\\s*")).contains(id)) {
				lines.add(i + 1);
			}
		}
		Path sidecar = fixture.resolveSibling("triggers.expect");
		if (Files.exists(sidecar)) {
			for (String line : readLines(sidecar)) {
				String[] parts = line.trim().split("\\s+");
				if (parts.length == 2 && !line.startsWith("#") && parts[1].equals(id)) {
					lines.add(Integer.parseInt(parts[0]));
				}
			}
		}
		return lines;
	}

	private static List<String> readLines(Path file) {
		try {
			// fixtures may be deliberately malformed UTF-8: read them as Latin-1 to find the markers
			return new ArrayList<>(List.of(Files.readString(file, StandardCharsets.ISO_8859_1).split("\n", -1)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
