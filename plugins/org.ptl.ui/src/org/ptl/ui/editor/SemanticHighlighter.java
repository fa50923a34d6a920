package org.ptl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.ptl.ui.PtlUi;

/**
 * Semantic highlighting in the Generic Editor: the reconciler thread computes the styled ranges
 * with the language's {@link ISemanticHighlightingCalculator} on the parsed document; the UI thread
 * then merges them over the lexical colours each time the viewer repaints text.
 */
final class SemanticHighlighter implements ITextPresentationListener {

	private record Styled(int offset, int length, String style) {
	}

	private final ISourceViewer viewer;
	private volatile List<Styled> styled = List.of();

	SemanticHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
	}

	void dispose() {
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(this);
		}
	}

	/** Computes the ranges (on the calling, non-UI thread) and asks the viewer to repaint. */
	void update(XtextResource resource, CancelIndicator cancel) {
		List<Styled> ranges = new ArrayList<>();
		PtlUi.injector().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, styles) -> {
					for (String style : styles) {
						ranges.add(new Styled(offset, length, style));
					}
				}, cancel);
		if (cancel.isCanceled()) {
			return;
		}
		styled = ranges;
		var widget = viewer.getTextWidget();
		if (widget != null && !widget.isDisposed()) {
			widget.getDisplay().asyncExec(() -> {
				if (!widget.isDisposed()) {
					viewer.invalidateTextPresentation();
				}
			});
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		var extent = presentation.getExtent();
		int end = extent.getOffset() + extent.getLength();
		for (Styled range : styled) {
			if (range.offset() + range.length() <= extent.getOffset() || range.offset() >= end) {
				continue;
			}
			// the look's current colour: a preference change shows at the next repaint
			TextAttribute look = PtlColors.attribute(range.style());
			if (look == null) {
				continue;
			}
			StyleRange style = new StyleRange(range.offset(), range.length(), look.getForeground(), look.getBackground(),
					look.getStyle());
			presentation.mergeStyleRange(style);
		}
	}
}
