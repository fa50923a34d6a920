package org.ptl.lang.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.ptl.lang.ide.contentassist.PtlContentProposalProvider;
import org.ptl.lang.ide.highlighting.PtlSemanticHighlightingCalculator;

/**
 * The IDE-neutral services of PTL (content assist, semantic highlighting) that the Eclipse editor
 * and the language server share.
 */
public class PtlIdeModule extends AbstractPtlIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return PtlContentProposalProvider.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return PtlSemanticHighlightingCalculator.class;
	}
}
