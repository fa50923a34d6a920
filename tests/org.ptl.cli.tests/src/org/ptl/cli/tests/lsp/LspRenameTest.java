package org.ptl.cli.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ptl.cli.Main;

/**
 * Rename and find references in the language server cover what the Eclipse editor's do: states,
 * components, claims, fields and formats, across the files that refer to them, qualified segments
 * included. Each rename is applied to a fresh copy of the examples, which must then check without
 * an error; a name PTL cannot take is refused with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LspRenameTest {

	private Path workspace;

	private Path copies;

	private LspConnection lsp;

	@BeforeAll
	void start(@TempDir Path directory) throws java.io.IOException {
		workspace = Workspaces.examples(Files.createDirectories(directory.resolve("workspace")));
		copies = Files.createDirectories(directory.resolve("copies"));
		lsp = LspConnection.inProcess();
		lsp.initialize(workspace, null);
	}

	@AfterAll
	void stop() {
		lsp.close();
	}

	@ParameterizedTest(name = "{0} {2}")
	@CsvSource({ "state, pkvm/ownership_v5_15.ptl, SHARED_OWNED, state SHARED_OWNED, SHARED_BY_OWNER",
			"component, pkvm/ownership_v5_15.ptl, host, component host, kernel",
			"claim, pkvm/claims.ptl, state, claim state [56:55], page_state",
			"field, arm64/stage2_4k.ptl, software, software [58:55], sw_bits",
			"format, arm64/stage2_4k.ptl, arm64_s2_4k, format arm64_s2_4k, arm64_stage2_48" })
	void renamingReachesEveryFileAndLeavesTheExamplesChecking(String kind, String file, String name, String context,
			String newName) throws Exception {
		Path path = workspace.resolve(file);
		String text = Workspaces.read(path);
		String uri = lsp.open(path, text);
		Position position = TextEdits.at(text, context, name);

		List<? extends Location> references = LspConnection.join(lsp.server().getTextDocumentService().references(
				new ReferenceParams(new TextDocumentIdentifier(uri), position, new ReferenceContext(true))));
		WorkspaceEdit edit = LspConnection.join(lsp.server().getTextDocumentService()
				.rename(new RenameParams(new TextDocumentIdentifier(uri), position, newName)));
		Map<String, List<TextEdit>> changes = edit.getChanges();
		assertTrue(changes.size() >= 2, kind + " '" + name + "' is named in more than one file: " + changes.keySet());
		assertEquals(references.size(), changes.values().stream().mapToInt(List::size).sum(),
				"rename changes exactly the references (declaration included)");

		Path copy = Workspaces.examples(Files.createDirectories(copies.resolve(kind)));
		for (Map.Entry<String, List<TextEdit>> change : changes.entrySet()) {
			Path original = Path.of(java.net.URI.create(change.getKey()));
			Path target = copy.resolve(workspace.relativize(original).toString());
			String before = Workspaces.read(target);
			for (TextEdit each : change.getValue()) {
				assertEquals(name, TextEdits.text(before, each.getRange()), "each edit replaces the old name");
			}
			Workspaces.write(target, TextEdits.apply(before, change.getValue()));
		}
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = Main.run(new String[] { "check", copy.toString() }, new PrintWriter(out), new PrintWriter(err));
		assertEquals(0, exit, "the renamed examples check cleanly:\n" + out + err);
		assertTrue(Workspaces.read(copy.resolve(file)).contains(newName));
	}

	@ParameterizedTest(name = "''{0}''")
	@CsvSource({ "transition, keyword", "OWNED, already declared", "2bad, is not a name" })
	void aNamePtlCannotTakeIsRefusedWithTheReason(String newName, String reason) {
		Path path = workspace.resolve("pkvm/ownership_v5_15.ptl");
		String text = Workspaces.read(path);
		String uri = lsp.open(path, text);
		Position position = TextEdits.at(text, "state SHARED_OWNED", "SHARED_OWNED");
		AssertionError refused = assertThrows(AssertionError.class, () -> LspConnection.join(lsp.server()
				.getTextDocumentService().rename(new RenameParams(new TextDocumentIdentifier(uri), position, newName))));
		assertTrue(refused.getMessage().contains(reason), refused.getMessage());
	}
}
