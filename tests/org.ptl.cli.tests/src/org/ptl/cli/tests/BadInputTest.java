package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets located diagnostics or one clear line, the right exit code, never a stack trace,
 * and nothing is written: binary garbage, an empty file, a 1 MB file of PTL and one of junk, deep
 * nesting, unresolved imports and import cycles.
 */
class BadInputTest {

	private static void assertNoCrash(Cli.Result result) {
		assertFalse(result.err().contains("internal error"), result.toString());
		assertFalse(result.out().contains("\tat ") || result.err().contains("\tat "), result.toString());
		for (String line : result.lines().subList(0, Math.max(0, result.lines().size() - 1))) {
			assertTrue(Cli.DIAGNOSTIC.matcher(line).matches(), line);
		}
	}

	@Test
	void binaryGarbageIsOneLocatedDiagnostic(@TempDir Path dir) throws IOException {
		byte[] garbage = new byte[4096];
		new Random(42).nextBytes(garbage);
		garbage[100] = 0;
		Path file = dir.resolve("garbage.ptl");
		Files.write(file, garbage);
		Cli.Result result = Cli.run("check", file.toString());
		assertEquals(1, result.exitCode(), result.toString());
		assertEquals(1, result.diagnostics().size(), result.toString());
		assertEquals("syntax.encoding", result.diagnostics().get(0).check());
		assertNoCrash(result);
	}

	@Test
	void anEmptyFileIsAWarning(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("empty.ptl");
		Files.writeString(file, "");
		Cli.Result result = Cli.run("check", file.toString());
		assertEquals(0, result.exitCode(), result.toString());
		Cli.Diagnostic diagnostic = result.diagnostics().get(0);
		assertEquals("file.empty", diagnostic.check());
		assertEquals(1, diagnostic.line());
		assertEquals(1, diagnostic.column());
	}

	@Test
	void aMegabyteOfPtlChecksClean(@TempDir Path dir) throws IOException {
		StringBuilder text = new StringBuilder();
		for (int i = 0; text.length() < 1_000_000; i++) {
			text.append("format f").append(i).append(" {\n    granule 4K\n    input 48 bits\n    levels 0..3\n")
					.append("    blocks at 1, 2\n\n    page descriptor page at level 3 {\n        valid    [0] = 1\n")
					.append("        oa       [47:12] address\n        software [58:55] software\n    }\n}\n\n");
		}
		Path file = dir.resolve("large.ptl");
		Files.writeString(file, text);
		Cli.Result result = Cli.run("check", file.toString());
		assertEquals(0, result.exitCode(), result.err());
		assertEquals(1, result.lines().size(), result.lines().get(0));
	}

	@Test
	void aMegabyteOfJunkIsLocatedSyntaxErrors(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("junk.ptl");
		Files.writeString(file, "@@ ## %% junk ( [ { \" \n".repeat(45_000));
		Cli.Result result = Cli.run("check", file.toString());
		assertEquals(1, result.exitCode());
		assertNoCrash(result);
		assertTrue(result.diagnostics().stream().allMatch(d -> d.check().equals("syntax.error")), result.toString());
	}

	@Test
	void deepNestingIsALocatedSyntaxError(@TempDir Path dir) throws IOException {
		String open = "(".repeat(20_000);
		String close = ")".repeat(20_000);
		Path file = dir.resolve("deep.ptl");
		Files.writeString(file, "ownership m {\n    state A\n    initially A\n    component host\n\n"
				+ "    invariant deep: " + open + "some component in { A }" + close + "\n}\n");
		Cli.Result result = Cli.run("check", file.toString());
		assertEquals(1, result.exitCode(), result.toString());
		assertNoCrash(result);
		Cli.Diagnostic diagnostic = result.diagnostics().get(0);
		assertEquals("syntax.error", diagnostic.check(), result.toString());
		assertEquals(6, diagnostic.line());
		// The model's brace is level 1, so the 100th parenthesis opens level 101.
		assertEquals("    invariant deep: ".length() + 100, diagnostic.column(), "at the bracket that opens level 101");
		assertTrue(diagnostic.message().contains("deeper than 100 levels"), diagnostic.message());
	}

	@Test
	void formatInPlaceLeavesBinaryAndTooDeepFilesAlone(@TempDir Path dir) throws IOException {
		byte[] garbage = "format f {\n\0\0\0 granule 4K }\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		Path binary = dir.resolve("binary.ptl");
		Files.write(binary, garbage);
		String deepText = "ownership m {\n    state A\n    initially A\n    component host\n    invariant deep: "
				+ "(".repeat(500) + "some component in { A }" + ")".repeat(500) + "\n}\n";
		Path deep = dir.resolve("deep.ptl");
		Files.writeString(deep, deepText);

		Cli.Result result = Cli.run("format", "--in-place", binary.toString(), deep.toString());

		assertEquals(1, result.exitCode(), result.toString());
		assertEquals("", result.out(), "nothing but a report goes to stdout, and format -i reports nothing there");
		assertTrue(result.err().contains("binary.ptl:2:1: error: not a text file") && result.err().contains("(not formatted)"), result.toString());
		assertTrue(result.err().contains("deep.ptl: not formatted"), result.toString());
		assertFalse(result.err().contains("\tat "), result.toString());
		assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(binary)), "the binary file is untouched");
		assertEquals(deepText, Files.readString(deep), "the deep file is untouched, not emptied");
	}

	@Test
	void checkingWritesNothing(@TempDir Path dir) throws IOException {
		Path fixtures = Cli.fixtures().getParent();
		Map<String, Long> before = snapshot(fixtures);
		Map<String, Long> rootBefore = snapshot(Cli.root().resolve("examples"));
		Path cwdBefore = Path.of("").toAbsolutePath();
		long cwdEntries = count(cwdBefore);
		Cli.run("check", fixtures.toString());
		Cli.run("check", "--format", "json", Cli.root().resolve("examples").toString());
		assertEquals(before, snapshot(fixtures));
		assertEquals(rootBefore, snapshot(Cli.root().resolve("examples")));
		assertEquals(cwdEntries, count(cwdBefore));
	}

	private static Map<String, Long> snapshot(Path directory) throws IOException {
		Map<String, Long> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(directory)) {
			for (Path path : walk.toList()) {
				FileTime time = Files.getLastModifiedTime(path);
				files.put(directory.relativize(path).toString(), time.toMillis() * 31 + Files.size(path));
			}
		}
		return files;
	}

	private static long count(Path directory) throws IOException {
		try (Stream<Path> list = Files.list(directory)) {
			return list.count();
		}
	}
}
