package org.ptl.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Content assist proposes the names in scope at the cursor (the ownership model's states in a
 * transition, claims after 'in' of an encoding) and PTL's own values (check ids, granules).
 */
class ContentAssistTest {

	private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor();

	@AfterAll
	static void stop() {
		EXECUTOR.shutdown();
	}

	/** The labels proposed where {@code |} stands in the text. */
	private static List<String> proposalsAt(String textWithCursor, Path path) {
		return entriesAt(textWithCursor, path).stream().map(ContentAssistEntry::getProposal).toList();
	}

	/** The entries proposed where {@code |} stands in the text. */
	private static List<ContentAssistEntry> entriesAt(String textWithCursor, Path path) {
		int offset = textWithCursor.indexOf('|');
		String text = textWithCursor.substring(0, offset) + textWithCursor.substring(offset + 1);
		XtextResource resource = IdeTestSupport.parse(text, path);
		ContentAssistContextFactory factory = IdeTestSupport.INJECTOR.getInstance(ContentAssistContextFactory.class);
		factory.setPool(EXECUTOR);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		List<ContentAssistEntry> proposals = new ArrayList<>();
		IdeTestSupport.INJECTOR.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts),
				new IIdeContentProposalAcceptor() {
					@Override
					public void accept(ContentAssistEntry entry, int priority) {
						if (entry != null) {
							proposals.add(entry);
						}
					}

					@Override
					public boolean canAcceptMoreProposals() {
						return true;
					}
				});
		return proposals;
	}

	@Test
	void aTransitionSideProposesTheModelsStates() {
		Path file = IdeTestSupport.example("pkvm/ownership_v5_15.ptl");
		String text = IdeTestSupport.read(file).replace("initiator OWNED -> SHARED_OWNED", "initiator OWNED -> |");
		List<String> proposals = proposalsAt(text, file);
		assertTrue(proposals.containsAll(List.of("OWNED", "SHARED_OWNED", "SHARED_BORROWED", "NOPAGE")),
				proposals.toString());
	}

	@Test
	void aProposedStateCarriesItsDescription() {
		Path file = IdeTestSupport.example("pkvm/ownership_v5_15.ptl");
		String text = IdeTestSupport.read(file).replace("initiator OWNED -> SHARED_OWNED", "initiator OWNED -> |");
		ContentAssistEntry shared = entriesAt(text, file).stream().filter(e -> "SHARED_OWNED".equals(e.getProposal()))
				.findFirst().orElseThrow();
		assertTrue("state".equals(shared.getDescription()), shared.getDescription());
		assertTrue(shared.getDocumentation() != null && shared.getDocumentation()
				.startsWith("state SHARED_OWNED: owned and accessible by the component, but also accessible by another component"), shared.getDocumentation());
	}

	@Test
	void anEncodingProposesClaimsOfImportedFiles() {
		Path file = IdeTestSupport.example("pkvm/ownership_v5_15.ptl");
		String text = IdeTestSupport.read(file).replace("of pkvm_v5_15 in pkvm.state", "of pkvm_v5_15 in |");
		List<String> proposals = proposalsAt(text, file);
		assertTrue(proposals.contains("pkvm.state"), proposals.toString());
		assertTrue(proposals.contains("nested_virt.ttl_level"), proposals.toString());
	}

	@Test
	void aSeverityDirectiveProposesCheckIds() {
		List<String> proposals = proposalsAt("severity |", Path.of("/virtual/test.ptl"));
		assertTrue(proposals.contains("\"encoding.unused\""), proposals.toString());
		assertTrue(proposals.contains("\"format.field-overlap\""), proposals.toString());
		assertTrue(!proposals.contains("\"syntax.error\""), "syntax errors cannot be adjusted: " + proposals);
	}

	@Test
	void aFormatProposesTheGranules() {
		List<String> proposals = proposalsAt("format f {\n    granule |", Path.of("/virtual/test.ptl"));
		assertTrue(proposals.containsAll(List.of("4K", "16K", "64K")), proposals.toString());
	}
}
