package org.ptl.lang.ide.contentassist;

import java.util.List;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.ptl.lang.validation.PtlCheck;

/**
 * Content assist for PTL beyond keywords and names in scope (states, components, claims, formats,
 * fields, which Xtext proposes from the scope provider): the check ids a severity directive takes,
 * with what each reports, and the three VMSAv8-64 granules.
 */
public class PtlContentProposalProvider extends IdeContentProposalProvider {

	private static final List<String> GRANULES = List.of("4K", "16K", "64K");

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		switch (assignment.getFeature()) {
		case "checkId" -> proposeCheckIds(context, acceptor);
		case "granule" -> GRANULES.forEach(granule -> accept(granule, "translation granule", context, acceptor));
		default -> super._createProposals(assignment, context, acceptor);
		}
	}

	private void proposeCheckIds(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		for (PtlCheck check : PtlCheck.values()) {
			if (check.adjustable()) {
				accept("\"" + check.id() + "\"", check.defaultLevel().getLiteral() + ": " + check.summary(), context,
						acceptor);
			}
		}
	}

	private void accept(String proposal, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context, e -> {
			e.setDescription(description);
			e.setKind(ContentAssistEntry.KIND_VALUE);
		});
		if (entry != null) {
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
		}
	}
}
