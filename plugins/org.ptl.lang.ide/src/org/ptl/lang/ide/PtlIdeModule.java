package org.ptl.lang.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.ptl.lang.ide.contentassist.PtlContentProposalProvider;
import org.ptl.lang.ide.contentassist.PtlCrossrefProposalProvider;
import org.ptl.lang.ide.highlighting.PtlSemanticHighlightingCalculator;
import org.ptl.lang.ide.hover.PtlHoverService;
import org.ptl.lang.ide.quickfix.PtlQuickfixProvider;

/**
 * The IDE-neutral services of PTL (content assist, semantic highlighting, hover, quick fixes) that
 * the Eclipse editor and the language server share.
 */
public class PtlIdeModule extends AbstractPtlIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return PtlContentProposalProvider.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return PtlCrossrefProposalProvider.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return PtlSemanticHighlightingCalculator.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return PtlHoverService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return PtlQuickfixProvider.class;
	}

	/** Without it the language server advertises no code actions and never asks for the quick fixes. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}
}
