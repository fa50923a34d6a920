package org.ptl.cli.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * The language server's life cycle and settings, in process over JSON-RPC: it starts without a
 * root and with a root holding no .ptl file, takes severities from its initialization options and
 * from {@code -s}, formats as {@code ptl format} does, answers broken JSON-RPC with an error and
 * goes on, and ends with the protocol's exit codes.
 */
class LspLifecycleTest {

	@TempDir
	Path directory;

	@Test
	void withoutARootAFileOpenedFromAnywhereIsChecked() {
		try (LspConnection lsp = LspConnection.inProcess()) {
			lsp.initialize(null, null);
			String text = Workspaces.read(Workspaces.fixture("checks/ownership.invariant-broken/triggers.ptl"))
					.replace("state SHARED_BORROWED", "state SHARED_BORROWED\n    state SHARED_BORROWED");
			String uri = lsp.open(directory.resolve("loose.ptl"), text);
			Diagnostic duplicate = lsp.client().diagnosticsWith(uri, "names.duplicate").get(0);
			assertEquals(DiagnosticSeverity.Error, duplicate.getSeverity());
			assertExits(lsp, true, 0);
		}
	}

	@Test
	void aRootWithoutPtlFilesStartsAndChecksFilesOpenedFromElsewhere() throws Exception {
		Path root = Files.createDirectories(directory.resolve("empty"));
		Files.writeString(root.resolve("README.txt"), "no PTL here");
		try (LspConnection lsp = LspConnection.inProcess()) {
			assertNotNull(lsp.initialize(root, null).getCapabilities().getHoverProvider());
			Path elsewhere = Workspaces.examples(Files.createDirectories(directory.resolve("elsewhere")));
			String uri = lsp.open(elsewhere.resolve("pkvm/claims.ptl"));
			assertTrue(lsp.client().diagnostics(uri, list -> true).isEmpty(), "the example is clean");
			Hover hover = LspConnection.join(lsp.server().getTextDocumentService().hover(new HoverParams(
					new TextDocumentIdentifier(uri), TextEdits.at(Workspaces.read(elsewhere.resolve("pkvm/claims.ptl")),
							"claim state", "state"))));
			assertTrue(hover.getContents().getRight().getValue().contains("[56:55]"));
			assertExits(lsp, true, 0);
		}
	}

	@Test
	void severitiesComeFromTheInitializationOptionsAndFromTheCommandLine() {
		String text = Workspaces.read(Workspaces.fixture("checks/encoding.unused/triggers.ptl"))
				.replaceFirst("severity \"encoding.unused\" error[^\n]*\n", "");
		assertEquals(DiagnosticSeverity.Warning, unusedEncoding(LspConnection.inProcess(), null, text));
		assertEquals(DiagnosticSeverity.Error, unusedEncoding(LspConnection.inProcess(),
				JsonParser.parseString("{\"severity\": [\"encoding.unused=error\"]}"), text));
		assertEquals(DiagnosticSeverity.Information, unusedEncoding(LspConnection.inProcess(),
				JsonParser.parseString("{\"severity\": {\"encoding.unused\": \"info\"}}"), text));
		assertEquals(DiagnosticSeverity.Error, unusedEncoding(LspConnection.inProcess("encoding.unused=error"), null, text));
	}

	@Test
	void aSeverityNamingNoCheckIsShownAndIgnored() {
		try (LspConnection lsp = LspConnection.inProcess()) {
			lsp.initialize(null, JsonParser.parseString("{\"severity\": [\"encoding.unsued=error\"]}"));
			var shown = lsp.client().messages(m -> m.getMessage().contains("encoding.unsued"));
			assertEquals(MessageType.Warning, shown.get(0).getType());
			assertTrue(shown.get(0).getMessage().contains("no check is called 'encoding.unsued'"), shown.toString());
			assertExits(lsp, true, 0);
		}
	}

	@Test
	void formattingGivesPtlFormatsLayoutInOneEdit() throws Exception {
		Path file = Workspaces.examples(directory).resolve("pkvm/claims.ptl");
		String canonical = Workspaces.read(file);
		String messy = canonical.replace("    claim state [56:55]", "claim    state   [56:55]");
		try (LspConnection lsp = LspConnection.inProcess()) {
			lsp.initialize(directory, null);
			String uri = lsp.open(file, messy);
			var edits = LspConnection.join(lsp.server().getTextDocumentService().formatting(
					new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true))));
			assertEquals(1, edits.size(), edits.toString());
			assertEquals(canonical, TextEdits.apply(messy, edits));
			assertExits(lsp, true, 0);
		}
	}

	@Test
	void brokenJsonRpcGetsAnErrorResponseAndTheServerGoesOn() {
		try (LspConnection lsp = LspConnection.inProcess()) {
			lsp.initialize(null, null);
			lsp.writeRaw("{\"jsonrpc\": \"2.0\", \"id\": 4711, \"method\": \"textDocument/hover\", \"params\": {");
			lsp.awaitRaw("\"id\":4711,\"error\":{\"code\":-32700");
			lsp.writeRaw("this is not JSON at all");
			lsp.awaitRaw("\"id\":null,\"error\":{\"code\":-32700");
			lsp.writeRaw("[1, 2, 3]");
			lsp.awaitRaw("\"id\":null,\"error\":{\"code\":-32600");
			lsp.writeRaw("{\"jsonrpc\": \"2.0\", \"id\": \"x-1\", \"method\": \"ptl/noSuchRequest\"}");
			lsp.awaitRaw("\"id\":\"x-1\",\"error\":{\"code\":-32601");
			Path file = Workspaces.examples(directory).resolve("pkvm/claims.ptl");
			String uri = lsp.open(file);
			assertTrue(lsp.client().diagnostics(uri, list -> true).isEmpty(), "still serving");
			assertExits(lsp, true, 0);
		}
	}

	@Test
	void exitWithoutShutdownEndsWithOne() {
		try (LspConnection lsp = LspConnection.inProcess()) {
			lsp.initialize(null, null);
			assertExits(lsp, false, 1);
		}
	}

	@Test
	void aClientThatGoesAwayEndsTheServerWithOne() {
		LspConnection lsp = LspConnection.inProcess();
		lsp.initialize(null, null);
		lsp.close();
		assertEquals(1, lsp.exitCode());
	}

	private static DiagnosticSeverity unusedEncoding(LspConnection lsp, Object options, String text) {
		try (lsp) {
			lsp.initialize(null, options);
			String uri = lsp.open(Path.of("/virtual/unused.ptl"), text);
			DiagnosticSeverity severity = lsp.client().diagnosticsWith(uri, "encoding.unused").stream()
					.filter(d -> "encoding.unused".equals(RecordingClient.code(d))).findFirst().orElseThrow().getSeverity();
			assertExits(lsp, true, 0);
			return severity;
		}
	}

	static void assertExits(LspConnection lsp, boolean shutdownFirst, int expected) {
		if (shutdownFirst) {
			LspConnection.join(lsp.server().shutdown());
		}
		lsp.server().exit();
		assertEquals(expected, lsp.exitCode());
	}
}
