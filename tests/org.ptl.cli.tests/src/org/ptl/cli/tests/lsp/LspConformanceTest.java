package org.ptl.cli.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * Trace conformance in the language server: the server offers the command ptl.conform; a trace with
 * a break without its TLBI gets casemate's message as an error on the record's line, with the check
 * id as code, and the answer says it does not conform; a clean trace conforms and clears the
 * trace's diagnostics; an unknown binding is an answer that says so.
 */
class LspConformanceTest extends ExamplesServerTest {

	private JsonObject conform(Path trace, String spec) {
		Object answer = LspConnection.join(lsp.server().getWorkspaceService()
				.executeCommand(new ExecuteCommandParams("ptl.conform", List.of(trace.toUri().toString(), spec))));
		return new Gson().toJsonTree(answer).getAsJsonObject();
	}

	@Test
	void theServerOffersTheCommand() {
		assertTrue(lsp.initializeResult().getCapabilities().getExecuteCommandProvider().getCommands().contains("ptl.conform"));
	}

	@Test
	void aBreakWithoutItsTlbiIsAnErrorOnItsRecordsLine() {
		Path trace = workspace.resolve("traces/bbm_missing_tlbi.log");
		JsonObject answer = conform(trace, "pkvm_v5_15_arm64");
		assertFalse(answer.get("conforms").getAsBoolean(), answer.toString());
		assertEquals("bbm.unclean-to-valid", answer.getAsJsonArray("findings").get(0).getAsJsonObject().get("check").getAsString());
		assertTrue(answer.get("errors").getAsLong() > 0, answer.toString());
		assertTrue(answer.get("text").getAsString().contains("BBM invalid unclean->valid"), answer.toString());
		List<Diagnostic> diagnostics = lsp.client().diagnosticsWith(LspConnection.uri(trace), "bbm.unclean-to-valid");
		Diagnostic unclean = diagnostics.stream().filter(d -> "bbm.unclean-to-valid".equals(RecordingClient.code(d)))
				.findFirst().orElseThrow();
		assertEquals(DiagnosticSeverity.Error, unclean.getSeverity());
		assertEquals(Workspaces.lineOf(Workspaces.read(trace), "(mem-write (id 14)"), unclean.getRange().getStart().getLine());
	}

	@Test
	void aCleanTraceConforms() {
		JsonObject answer = conform(workspace.resolve("traces/bbm_good.log"), "pkvm_v5_15_arm64");
		assertTrue(answer.get("checked").getAsBoolean() && answer.get("conforms").getAsBoolean(), answer.toString());
		assertEquals(0, answer.get("errors").getAsLong(), answer.toString());
	}

	@Test
	void anUnknownBindingIsSaid() {
		JsonObject answer = conform(workspace.resolve("traces/bbm_good.log"), "no_such_binding");
		assertTrue(answer.get("error").getAsString().contains("no binding or format 'no_such_binding'"), answer.toString());
	}
}
