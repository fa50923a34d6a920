package org.ptl.cli.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ptl.lang.ide.PtlIdeSetup;
import org.ptl.lang.ide.hover.PtlHoverText;

import com.google.inject.Injector;

/**
 * The language server's features, through LSP4J's client over JSON-RPC, on a copy of the bundled
 * examples as workspace: diagnostics of a seeded defect with its check id and range, the quick fix
 * as a code action that removes it, completion, hover (the Eclipse editor's text), definition in
 * another file, outline, semantic tokens, workspace symbols, exploration diagnostics, and importers
 * revalidated when an imported file changes.
 */
class LspFeaturesTest extends ExamplesServerTest {

	private Path claims;
	private String claimsText;

	@BeforeAll
	void readClaims() {
		claims = workspace.resolve("pkvm/claims.ptl");
		claimsText = Workspaces.read(claims);
	}

	@Test
	void aSeededOverlapIsReportedWithItsCheckIdAndRangeAndItsQuickFixRemovesIt() {
		String broken = claimsText.replace("claim ttl_level [56:55] shared with pkvm", "claim ttl_level [56:55]");
		String uri = lsp.open(claims, broken);
		List<Diagnostic> diagnostics = lsp.client().diagnosticsWith(uri, "claims.overlap");
		Diagnostic overlap = diagnostics.stream().filter(d -> "claims.overlap".equals(RecordingClient.code(d)))
				.findFirst().orElseThrow();
		assertEquals(DiagnosticSeverity.Error, overlap.getSeverity());
		assertEquals(Workspaces.lineOf(broken, "claim ttl_level"), overlap.getRange().getStart().getLine(), overlap.toString());
		assertTrue(TextEdits.text(broken, overlap.getRange()).contains("[56:55]"), overlap.toString());

		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = LspConnection.join(lsp.server().getTextDocumentService()
				.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), overlap.getRange(),
						new CodeActionContext(List.of(overlap)))));
		CodeAction move = actions.stream().filter(Either::isRight).map(Either::getRight)
				.filter(action -> action.getTitle().startsWith("Move claim 'ttl_level' to free bits")).findFirst()
				.orElseThrow(() -> new AssertionError("no fix offered: " + actions));
		String fixed = TextEdits.apply(broken, move.getEdit().getChanges().get(uri));
		assertFalse(fixed.equals(broken));
		lsp.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(fixed))));
		lsp.client().diagnostics(uri, list -> list.stream().noneMatch(d -> "claims.overlap".equals(RecordingClient.code(d)))
				&& list.stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error));
		close(uri);
	}

	/** Closes the document: the server goes back to the file on disk. */
	private void close(String uri) {
		lsp.server().getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
		lsp.client().diagnostics(uri, list -> list.stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error));
	}

	@Test
	void completionProposesTheCheckIdsOfASeverityDirective() {
		String text = "severity \"enc";
		String uri = lsp.open(workspace.resolve("scratch/completion.ptl"), text);
		var completion = LspConnection.join(lsp.server().getTextDocumentService().completion(
				new CompletionParams(new TextDocumentIdentifier(uri), new org.eclipse.lsp4j.Position(0, text.length()))));
		List<String> labels = completion.getRight().getItems().stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("\"encoding.unused\""), labels.toString());
		assertFalse(labels.contains("\"claims.overlap\""), "proposals match what is typed: " + labels);
	}

	@Test
	void hoverShowsTheEclipseEditorsMarkdown() {
		String uri = lsp.open(claims, claimsText);
		var position = TextEdits.at(claimsText, "claim state [56:55]", "state");
		Hover hover = LspConnection.join(lsp.server().getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(uri), position)));
		String markdown = hover.getContents().getRight().getValue();
		assertEquals("markdown", hover.getContents().getRight().getKind());
		assertTrue(markdown.startsWith("**claim** `pkvm.state`"), markdown);
		assertEquals(eclipseHover(claims, TextEdits.offset(claimsText, position)), markdown);
	}

	@Test
	void definitionGoesToTheFormatInTheImportedFile() {
		String uri = lsp.open(claims, claimsText);
		var position = TextEdits.at(claimsText, "claims pkvm on arm64_s2_4k.page", "arm64_s2_4k");
		List<? extends Location> locations = LspConnection.join(lsp.server().getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri), position))).getLeft();
		assertEquals(1, locations.size(), locations.toString());
		Path formats = workspace.resolve("arm64/stage2_4k.ptl");
		assertEquals(LspConnection.uri(formats), locations.get(0).getUri());
		assertEquals(Workspaces.lineOf(Workspaces.read(formats), "format arm64_s2_4k "),
				locations.get(0).getRange().getStart().getLine());
	}

	@Test
	void theOutlineNestsClaimsInTheirClaimSet() {
		String uri = lsp.open(claims, claimsText);
		List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols = LspConnection.join(lsp.server()
				.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
		List<String> names = symbols.stream().map(s -> s.isLeft() ? s.getLeft().getName() : s.getRight().getName()).toList();
		assertTrue(names.contains("pkvm") && names.contains("state") && names.contains("ttl_level"), names.toString());
		var pkvm = symbols.stream().filter(s -> s.isLeft() ? s.getLeft().getName().equals("pkvm")
				: s.getRight().getName().equals("pkvm")).findFirst().orElseThrow();
		assertEquals(SymbolKind.Namespace, pkvm.isLeft() ? pkvm.getLeft().getKind() : pkvm.getRight().getKind());
	}

	@Test
	void semanticTokensColourKeywordsAndNames() {
		String uri = lsp.open(claims, claimsText);
		List<String> legend = lsp.initializeResult().getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
		SemanticTokens tokens = LspConnection.join(lsp.server().getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))));
		var claimsKeyword = TextEdits.at(claimsText, "claims pkvm");
		var stateName = TextEdits.at(claimsText, "claim state [56:55]", "state");
		assertEquals("keyword", SemanticTokenData.typeAt(tokens.getData(), legend, claimsKeyword, 6));
		assertEquals("property", SemanticTokenData.typeAt(tokens.getData(), legend, stateName, 5));
		assertEquals("comment", SemanticTokenData.typeAt(tokens.getData(), legend, new org.eclipse.lsp4j.Position(0, 0),
				claimsText.indexOf('\n')));
	}

	@Test
	void workspaceSymbolsFindAnOwnershipModelInAnotherFile() {
		List<? extends WorkspaceSymbol> symbols = LspConnection.join(lsp.server().getWorkspaceService()
				.symbol(new WorkspaceSymbolParams("pkvm_v5_15"))).getRight();
		WorkspaceSymbol model = symbols.stream().filter(s -> s.getName().equals("pkvm_v5_15")).findFirst()
				.orElseThrow(() -> new AssertionError(symbols.toString()));
		assertEquals(SymbolKind.Module, model.getKind());
		assertEquals(LspConnection.uri(workspace.resolve("pkvm/ownership_v5_15.ptl")), model.getLocation().getLeft().getUri());
	}

	@Test
	void aBrokenInvariantIsFoundByExplorationAsPtlCheckFindsIt() {
		String text = Workspaces.read(Workspaces.fixture("checks/ownership.invariant-broken/triggers.ptl"));
		String uri = lsp.open(workspace.resolve("scratch/twin.ptl"), text);
		Diagnostic broken = lsp.client().diagnosticsWith(uri, "ownership.invariant-broken").stream()
				.filter(d -> "ownership.invariant-broken".equals(RecordingClient.code(d))).findFirst().orElseThrow();
		assertEquals(Workspaces.lineOf(text, "transition unshare"), broken.getRange().getStart().getLine());
		assertTrue(broken.getMessage().getLeft().contains("borrow_needs_share"), broken.getMessage().getLeft());
	}

	@Test
	void aChangeToAnImportedFileRevalidatesTheFilesImportingIt() {
		Path formats = workspace.resolve("arm64/stage2_4k.ptl");
		String formatsText = Workspaces.read(formats);
		String claimsUri = LspConnection.uri(claims);
		String narrowed = formatsText.replaceFirst("software \\[58:55\\]", "software [58:57]");
		assertFalse(narrowed.equals(formatsText), "the format has a software field to narrow");
		String formatsUri = lsp.open(formats, narrowed);
		lsp.client().diagnosticsWith(claimsUri, "claims.outside-software");
		close(formatsUri);
		lsp.client().diagnostics(claimsUri, list -> list.stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error));
	}

	/** The hover text the Eclipse editor shows at the offset of the file, as its IDE injector computes it. */
	private static String eclipseHover(Path file, int offset) {
		Injector ide = new PtlIdeSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet resourceSet = ide.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ptl", ide.getInstance(IResourceFactory.class));
		XtextResource resource = (XtextResource) resourceSet.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(resourceSet);
		String text = ide.getInstance(PtlHoverText.class).hover(resource, offset).orElse(null);
		assertNotNull(text, "Eclipse shows a hover there");
		return text;
	}
}
