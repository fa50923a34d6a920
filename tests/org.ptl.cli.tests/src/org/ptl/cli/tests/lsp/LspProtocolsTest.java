package org.ptl.cli.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Protocol models in the language server, which shares the validator, the exploration of
 * {@code ptl check} and the hover text with the command line and Eclipse: a ghost variable read by
 * an action is an error at the read, a lost write found by the small-bound exploration is an error
 * at the action of the last step (the split-PMD proposal without marking, and clean again with the
 * marking), and the hover on an action shows its actor, guards and updates.
 */
class LspProtocolsTest extends ExamplesServerTest {

	@Test
	void aGhostReadByAnActionIsAnErrorAtTheRead() {
		String text = Workspaces.read(Workspaces.fixture("checks/protocol.ghost-read/triggers.ptl"));
		String uri = lsp.open(workspace.resolve("scratch/ghost.ptl"), text);
		List<Diagnostic> ghost = lsp.client().diagnosticsWith(uri, "protocol.ghost-read").stream()
				.filter(d -> "protocol.ghost-read".equals(RecordingClient.code(d))).toList();
		assertEquals(2, ghost.size(), ghost.toString());
		assertTrue(ghost.stream().allMatch(d -> d.getSeverity() == DiagnosticSeverity.Error), ghost.toString());
		assertEquals(List.of(Workspaces.lineOf(text, "requires not seen[q]"), Workspaces.lineOf(text, "x[q] = seen[q]")),
				ghost.stream().map(d -> d.getRange().getStart().getLine()).sorted().toList());
	}

	@Test
	void aLostWriteIsFoundByExplorationAtTheActionOfTheLastStep() {
		String text = Workspaces.read(Workspaces.fixture("checks/protocol.invariant-broken/triggers.ptl"));
		String uri = lsp.open(workspace.resolve("scratch/lost.ptl"), text);
		Diagnostic broken = lsp.client().diagnosticsWith(uri, "protocol.invariant-broken").stream()
				.filter(d -> "protocol.invariant-broken".equals(RecordingClient.code(d))).findFirst().orElseThrow();
		assertEquals(DiagnosticSeverity.Error, broken.getSeverity());
		assertEquals(Workspaces.lineOf(text, "action mark_it"), broken.getRange().getStart().getLine());
		assertTrue(broken.getMessage().getLeft().contains("recorded"), broken.getMessage().getLeft());
	}

	@Test
	void theSplitWithoutMarkingLosesAWriteAndTheBundledSplitDoesNot() {
		Path model = workspace.resolve("dirty/s390_gmap_split.ptl");
		String text = Workspaces.read(model);
		String marking = "            pte[p].protect = seg[1].protect\n            uc[p] = true\n";
		assertTrue(text.contains(marking), "the bundled split marks its new PTEs");
		String unmarked = text.replace(marking, "            pte[p].protect = seg[1].protect\n");
		String uri = lsp.open(model, unmarked);
		Diagnostic lost = lsp.client().diagnosticsWith(uri, "protocol.invariant-broken").stream()
				.filter(d -> "protocol.invariant-broken".equals(RecordingClient.code(d))).findFirst().orElseThrow();
		assertEquals(Workspaces.lineOf(unmarked, "action split by kvm"), lost.getRange().getStart().getLine(), lost.toString());
		assertTrue(lost.getMessage().getLeft().contains("no_write_lost"), lost.getMessage().getLeft());
		lsp.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(text))));
		lsp.client().diagnostics(uri, list -> list.stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error));
	}

	@Test
	void hoverOnAnActionShowsItsActorGuardsAndUpdates() {
		Path model = workspace.resolve("dirty/s390_gmap_old.ptl");
		String text = Workspaces.read(model);
		String uri = lsp.open(model, text);
		var position = TextEdits.at(text, "action unprotect(v: vcpu)", "unprotect");
		Hover hover = LspConnection.join(lsp.server().getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(uri), position)));
		String markdown = hover.getContents().getRight().getValue();
		assertTrue(markdown.startsWith("**action** `s390_gmap_old.unprotect`"), markdown);
		assertTrue(markdown.contains("`unprotect(v: vcpu)` by `vcpu`"), markdown);
		assertTrue(markdown.contains("guards: `requires not seg[1].invalid and seg[1].protect and not host.protect`"), markdown);
		assertTrue(markdown.contains("updates: `seg[1].protect = 0`, `seg[1].gmap_uc = 1`, `seg[1].gmap_in = 0`"), markdown);
	}
}
