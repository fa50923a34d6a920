package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The check report: one GCC-style line per diagnostic, sorted by file and position, then a summary;
 * with --format json the same diagnostics as one JSON document.
 */
class OutputFormatTest {

	private static final String FIXTURE_DIR = "tests/org.ptl.cli.tests/fixtures/checks/";

	private static String fixture(String id) {
		return Cli.root().resolve(FIXTURE_DIR + id + "/triggers.ptl").toString();
	}

	@Test
	void everyLineIsADiagnosticOrTheSummary() {
		Cli.Result result = Cli.run("check", fixture("bits.range"), fixture("format.value-width"));
		List<String> lines = result.lines();
		for (String line : lines.subList(0, lines.size() - 1)) {
			assertTrue(Cli.DIAGNOSTIC.matcher(line).matches(), line);
		}
		assertTrue(Cli.SUMMARY.matcher(lines.get(lines.size() - 1)).matches(), lines.get(lines.size() - 1));
		assertEquals("checked 2 files: 4 errors, 0 warnings, 0 infos", lines.get(lines.size() - 1));
	}

	@Test
	void aDiagnosticNamesTheElementsAndBitsInvolved() {
		Cli.Diagnostic overlap = Cli.run("check", fixture("format.field-overlap")).diagnostics().get(0);
		assertEquals(10, overlap.line());
		assertEquals(9, overlap.column());
		assertEquals("field 'oa_hi' [9:8] overlaps field 'sh' [9:8] in descriptor 'page' at bits 9:8; if it reuses "
				+ "them on purpose, declare it 'overlays sh'", overlap.message());
		Cli.Diagnostic claims = Cli.run("check", fixture("claims.overlap")).diagnostics().get(0);
		assertTrue(claims.message().contains("'nested_virt.ttl_level' [57:56] and claim 'pkvm.state' [56:55] both take bit 56"),
				claims.message());
	}

	@Test
	void diagnosticsAreSortedByFileLineAndColumn() {
		List<Cli.Diagnostic> diagnostics = Cli.run("check", fixture("format.value-width"), fixture("bits.range"))
				.diagnostics();
		assertEquals(4, diagnostics.size());
		assertTrue(diagnostics.get(0).file().contains("bits.range"));
		assertTrue(diagnostics.get(0).line() < diagnostics.get(1).line());
	}

	@Test
	void jsonHasTheSameDiagnosticsAndSummary() {
		Cli.Result text = Cli.run("check", fixture("claims.outside-software"));
		Cli.Result json = Cli.run("check", "--format", "json", fixture("claims.outside-software"));
		assertEquals(text.exitCode(), json.exitCode());
		JsonObject document = JsonParser.parseString(json.out()).getAsJsonObject();
		JsonArray diagnostics = document.getAsJsonArray("diagnostics");
		assertEquals(text.diagnostics().size(), diagnostics.size());
		for (int i = 0; i < diagnostics.size(); i++) {
			JsonObject diagnostic = diagnostics.get(i).getAsJsonObject();
			Cli.Diagnostic expected = text.diagnostics().get(i);
			assertEquals(expected.line(), diagnostic.get("line").getAsInt());
			assertEquals(expected.column(), diagnostic.get("column").getAsInt());
			assertEquals(expected.severity(), diagnostic.get("severity").getAsString());
			assertEquals(expected.check(), diagnostic.get("check").getAsString());
			assertEquals(expected.message(), diagnostic.get("message").getAsString());
		}
		JsonObject summary = document.getAsJsonObject("summary");
		assertEquals(1, summary.get("files").getAsInt());
		assertEquals(2, summary.get("errors").getAsInt());
		assertEquals(1, document.getAsJsonArray("files").size());
	}

	@Test
	void jsonOfACleanRunIsValidToo() throws java.io.IOException {
		long exampleCount;
		try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(Cli.root().resolve("examples"))) {
			exampleCount = walk.filter(p -> p.toString().endsWith(".ptl")).count();
		}
		Cli.Result json = Cli.run("check", "--format", "json", Cli.root().resolve("examples").toString());
		assertEquals(0, json.exitCode(), json.toString());
		JsonElement document = JsonParser.parseString(json.out());
		// only a proof that did not finish within check's time limit (a loaded machine) may be reported
		for (JsonElement diagnostic : document.getAsJsonObject().getAsJsonArray("diagnostics")) {
			String check = diagnostic.getAsJsonObject().get("check").getAsString();
			assertTrue(check.equals("layout.not-proven") || check.equals("ownership.not-proven"), diagnostic.toString());
		}
		assertEquals(exampleCount, document.getAsJsonObject().getAsJsonArray("files").size());
	}

	@Test
	void theChecksCommandListsEveryCheck() {
		Cli.Result result = Cli.run("checks", "--format", "json");
		assertEquals(0, result.exitCode());
		JsonArray checks = JsonParser.parseString(result.out()).getAsJsonArray();
		assertEquals(org.ptl.lang.validation.PtlCheck.values().length, checks.size());
		assertTrue(Cli.run("checks").out().contains("encoding.unused              warning"));
	}
}
