package org.ptl.lang.ide.hover;

import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The language server's hover: Xtext finds the element under the cursor and the range to mark,
 * {@link PtlHoverText} writes the Markdown, so LSP editors show what the Eclipse editor shows. No
 * text (a keyword of a transition, say) gives no hover rather than an empty one.
 */
@Singleton
public class PtlHoverService extends HoverService {

	@Inject
	private PtlHoverText hoverText;

	@Override
	protected MarkupContent getMarkupContent(HoverContext context) {
		return hoverText.describe(context.getElement()).map(text -> toMarkupContent(getKind(context), text)).orElse(null);
	}
}
