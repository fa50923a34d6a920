package org.ptl.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.util.TextRegion;
import org.ptl.ui.PtlUi;
import org.ptl.ui.model.PtlDocuments;

/**
 * Content assist in the .ptl editor from Xtext's IDE-neutral proposal provider (the same one the
 * language server uses): keywords, names in scope (states, components, claims, formats, fields
 * across imported files) and PTL's own values such as check ids, with the declaration's description
 * in the side panel. It answers when asked (Ctrl+Space) or after a '.', not on every letter typed
 * ({@link AutoActivation}). The Generic Editor calls it off the UI thread (asynchronous content
 * assist), so parsing here does not block typing.
 */
public final class PtlContentAssistProcessor implements IContentAssistProcessor {

	private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "PTL content assist");
		thread.setDaemon(true);
		return thread;
	});

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		if (AutoActivation.typed(viewer) && !AutoActivation.afterTrigger(viewer.getDocument(), offset)) {
			// opened by typing a letter: PTL proposes only when asked, or after a '.'
			return new ICompletionProposal[0];
		}
		try {
			return withTemplates(viewer.getDocument(), offset).toArray(ICompletionProposal[]::new);
		} catch (RuntimeException failure) {
			PtlUi.log("content assist failed", failure);
			return new ICompletionProposal[0];
		}
	}

	/** The templates that fit at the offset first, then the ordinary proposals. */
	public static List<ICompletionProposal> withTemplates(org.eclipse.jface.text.IDocument document, int offset) {
		List<ICompletionProposal> plain = proposals(PtlDocuments.parse(document), offset);
		List<String> words = plain.stream().map(proposal -> proposal.getDisplayString().split(" ", 2)[0]).toList();
		List<ICompletionProposal> all = new ArrayList<>(PtlTemplates.proposals(document, offset, words));
		all.addAll(plain);
		return all;
	}

	/** The proposals at an offset of a parsed document, best first. */
	public static List<ICompletionProposal> proposals(PtlDocuments.Parsed parsed, int offset) {
		ContentAssistContextFactory factory = PtlUi.injector().getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(parsed.text(), new TextRegion(offset, 0), offset, parsed.resource());
		List<Ranked> ranked = new ArrayList<>();
		PtlUi.injector().getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts),
				new IIdeContentProposalAcceptor() {
					@Override
					public void accept(ContentAssistEntry entry, int priority) {
						if (entry != null && ranked.stream().noneMatch(r -> r.entry().getProposal().equals(entry.getProposal()))) {
							ranked.add(new Ranked(entry, priority));
						}
					}

					@Override
					public boolean canAcceptMoreProposals() {
						return ranked.size() < 500;
					}
				});
		ranked.sort((a, b) -> a.priority() != b.priority() ? Integer.compare(b.priority(), a.priority())
				: a.entry().getProposal().compareTo(b.entry().getProposal()));
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (Ranked each : ranked) {
			ContentAssistEntry entry = each.entry();
			int start = offset - entry.getPrefix().length();
			String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
			String shown = entry.getDescription() == null ? label : label + " - " + entry.getDescription();
			proposals.add(new CompletionProposal(entry.getProposal(), start, entry.getPrefix().length(),
					entry.getProposal().length(), null, shown, null, entry.getDocumentation()));
		}
		return proposals;
	}

	private record Ranked(ContentAssistEntry entry, int priority) {
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
