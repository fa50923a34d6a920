package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Regression tests for failures that used to hide rather than crash: errors in imported files,
 * recovered parses with nameless elements, lone CR line ends, quadratic overlap findings, files
 * that decode must refuse. Each test works on a copy of the bundled examples with one defect
 * seeded where a user would make it.
 */
class HardeningTest {

	/** The bundled examples copied to {@code dir}, so that a test can break one file of them. */
	private static Path examplesIn(Path dir) throws IOException {
		Path source = Cli.root().resolve("examples");
		Path target = dir.resolve("examples");
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path path : walk.toList()) {
				Path copy = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		return target;
	}

	private static void replace(Path file, String old, String replacement) throws IOException {
		String text = Files.readString(file);
		assertTrue(text.contains(old), file + " has " + old);
		Files.writeString(file, text.replace(old, replacement));
	}

	private static void assertNoInternalFailure(Cli.Result result) {
		assertFalse(result.err().contains("internal error"), result.toString());
		assertFalse(result.out().contains("Exception") || result.err().contains("Exception"), result.toString());
		assertFalse(result.out().contains("\tat ") || result.err().contains("\tat "), result.toString());
	}

	/** Breaks the 4K stage-2 format that every stage-2 example imports, directly or not. */
	private static Path withBrokenImport(Path dir) throws IOException {
		Path examples = examplesIn(dir);
		replace(examples.resolve("arm64/stage2_4k.ptl"), "granule 4K", "granule 4K granule");
		return examples;
	}

	@Test
	void aSyntaxErrorInAnImportedFileIsReportedWhereItIs(@TempDir Path dir) throws IOException {
		Path examples = withBrokenImport(dir);
		Cli.Result result = Cli.run("check", examples.resolve("kvm/walker_scenarios.ptl").toString());
		assertEquals(1, result.exitCode(), result.toString());
		List<Cli.Diagnostic> inImport = result.diagnostics().stream()
				.filter(d -> d.file().endsWith("arm64/stage2_4k.ptl")).toList();
		assertFalse(inImport.isEmpty(), result.toString());
		assertEquals("syntax.error", inImport.get(0).check(), result.toString());
		assertNoInternalFailure(result);
	}

	@Test
	void simulateExploreAndDecodeStopOnAnErrorInAnImportedFile(@TempDir Path dir) throws IOException {
		Path examples = withBrokenImport(dir);
		Cli.Result simulate = Cli.run("simulate", examples.resolve("kvm/walker_scenarios.ptl").toString());
		assertEquals(2, simulate.exitCode(), simulate.toString());
		assertTrue(simulate.err().contains("stage2_4k.ptl"), simulate.toString());
		assertFalse(simulate.out().contains("passed"), "no scenario runs on a broken model: " + simulate);
		Cli.Result explore = Cli.run("explore", examples.resolve("pkvm/ownership_v5_15.ptl").toString());
		assertEquals(2, explore.exitCode(), explore.toString());
		assertTrue(explore.err().contains("stage2_4k.ptl"), explore.toString());
		Cli.Result decode = Cli.run("decode", "arm64_s2_4k_40", "0x3", "--file", examples.toString());
		assertEquals(2, decode.exitCode(), decode.toString());
		assertEquals("", decode.out(), decode.toString());
		for (Cli.Result result : List.of(simulate, explore, decode)) {
			assertNoInternalFailure(result);
		}
	}

	@Test
	void jsonOfABrokenImportParsesAndNamesTheImportedFile(@TempDir Path dir) throws IOException {
		Path examples = withBrokenImport(dir);
		Cli.Result result = Cli.run("check", "--format", "json", examples.resolve("kvm").toString());
		assertEquals(1, result.exitCode(), result.toString());
		JsonObject report = JsonParser.parseString(result.out()).getAsJsonObject();
		assertTrue(report.toString().contains("stage2_4k.ptl"), report.toString());
		assertNoInternalFailure(result);
	}

	@Test
	void aNamelessProtFlagIsTheSyntaxErrorNotAnInternalFailure(@TempDir Path dir) throws IOException {
		Path examples = examplesIn(dir);
		Path hyp = examples.resolve("kvm/hyp_6_12.ptl");
		replace(hyp, "prot R, W, X,", "prot R, , W, X,");
		Cli.Result result = Cli.run("check", hyp.toString());
		assertEquals(1, result.exitCode(), result.toString());
		Cli.Diagnostic first = result.diagnostics().get(0);
		assertEquals("syntax.error", first.check(), result.toString());
		assertTrue(first.file().endsWith("hyp_6_12.ptl"), result.toString());
		assertEquals(8, first.line(), result.toString());
		assertNoInternalFailure(result);
		Cli.Result decode = Cli.run("decode", "arm64_el2_s1_4k", "0x3", "--file", hyp.toString());
		assertEquals(2, decode.exitCode(), decode.toString());
		assertNoInternalFailure(decode);
	}

	@Test
	void aNamelessFormatOrDescriptorDoesNotCrashDecode(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("nameless.ptl");
		Files.writeString(file, "format {\n    granule 4K\n}\n\nformat f {\n    granule 4K\n    input 48 bits\n"
				+ "    levels 0..3\n    page descriptor at level 3 {\n        valid [0] = 1\n    }\n}\n");
		Cli.Result decode = Cli.run("decode", "f", "0x1", "--file", file.toString());
		assertEquals(2, decode.exitCode(), decode.toString());
		assertTrue(decode.err().contains("nameless.ptl:1:"), decode.toString());
		assertNoInternalFailure(decode);
	}

	@Test
	void aFindingAtTheEndOfAFileEndingInALoneCrIsKept(@TempDir Path dir) throws IOException {
		for (String end : List.of("\r", "\r\n", "\n")) {
			Path file = dir.resolve("end" + end.length() + end.hashCode() + ".ptl");
			Files.writeString(file, "format f {" + end + "    granule 4K" + end);
			Cli.Result result = Cli.run("check", file.toString());
			assertEquals(1, result.exitCode(), "line end " + end.replace("\r", "CR").replace("\n", "LF") + ": " + result);
			Cli.Diagnostic diagnostic = result.diagnostics().stream().filter(d -> d.check().equals("syntax.error"))
					.findFirst().orElseThrow(() -> new AssertionError("no syntax error: " + result));
			assertEquals(2, diagnostic.line(), "at the end of the second line: " + result);
			assertTrue(diagnostic.message().contains("<EOF>"), result.toString());
			assertNoInternalFailure(result);
		}
	}

	@Test
	void copiesOfOneFieldGiveOneFindingPerField(@TempDir Path dir) throws IOException {
		int copies = 1_000;
		StringBuilder text = new StringBuilder("format f {\n    granule 4K\n    input 48 bits\n    levels 0..3\n\n"
				+ "    page descriptor page at level 3 {\n");
		for (int i = 0; i < copies; i++) {
			text.append("        f").append(i).append(" [7:0]\n");
		}
		Path file = dir.resolve("copies.ptl");
		Files.writeString(file, text.append("    }\n}\n"));
		Cli.Result result = Cli.run("check", file.toString());
		assertEquals(1, result.exitCode(), result.err());
		List<Cli.Diagnostic> overlaps = result.diagnostics().stream()
				.filter(d -> d.check().equals("format.field-overlap")).toList();
		assertEquals(copies - 1, overlaps.size(), "one finding per field that overlaps earlier ones");
		Cli.Diagnostic last = overlaps.get(overlaps.size() - 1);
		assertTrue(last.message().contains("and " + (copies - 1 - 3) + " more"), last.message());
		assertTrue(last.message().length() < 400, "the finding names a few fields, not all: " + last.message());
	}

	@Test
	void decodeRefusesAFieldWithAnImpossibleRange(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("range.ptl");
		Files.writeString(file, "format f {\n    granule 4K\n    input 48 bits\n    levels 0..3\n\n"
				+ "    page descriptor page at level 3 {\n        valid [0] = 1\n        wide  [70:60]\n    }\n}\n");
		Cli.Result decode = Cli.run("decode", "f", "0x1", "--level", "3", "--file", file.toString());
		assertEquals(2, decode.exitCode(), decode.toString());
		assertTrue(decode.err().contains("range.ptl:8:"), decode.toString());
		assertEquals("", decode.out(), "no reading without the field: " + decode);
		assertNoInternalFailure(decode);
	}
}
