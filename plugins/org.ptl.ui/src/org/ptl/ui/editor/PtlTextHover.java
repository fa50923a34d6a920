package org.ptl.ui.editor;

import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.ptl.lang.ide.hover.PtlHoverText;
import org.ptl.ui.PtlUi;
import org.ptl.ui.model.PtlDocuments;

/**
 * Hover in the .ptl editor: the language's hover text ({@link PtlHoverText}, the same Markdown the
 * language server sends) for the field, claim, descriptor (with its 64-bit layout drawn), state or
 * format under the mouse, shown in a monospaced popup, with the drawings of a descriptor or layout
 * ({@link HoverInput}) below it. The viewer asks on its hover thread, so parsing (and drawing, as
 * SVG) here does not block the UI.
 */
public final class PtlTextHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
		return input(viewer.getDocument(), region.getOffset());
	}

	/** The hover's text and drawings at an offset of the document, or null. */
	public static HoverInput input(org.eclipse.jface.text.IDocument document, int offset) {
		String text = text(document, offset);
		if (text == null) {
			return null;
		}
		try {
			PtlDocuments.Parsed parsed = PtlDocuments.parse(document);
			org.eclipse.emf.ecore.EObject element = PtlUi.injector().getInstance(org.eclipse.xtext.resource.EObjectAtOffsetHelper.class)
					.resolveElementAt(parsed.resource(), offset);
			return new HoverInput(text, element == null ? java.util.List.of() : org.ptl.ui.pictures.ElementPictures.forHover(element));
		} catch (RuntimeException failure) {
			PtlUi.log("hover drawing failed", failure);
			return new HoverInput(text, java.util.List.of());
		}
	}

	@Override
	@Deprecated
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return text(viewer.getDocument(), region.getOffset());
	}

	/** The hover's Markdown at an offset of the viewer's document, or null. */
	public static String text(org.eclipse.jface.text.IDocument document, int offset) {
		try {
			PtlDocuments.Parsed parsed = PtlDocuments.parse(document);
			return PtlUi.injector().getInstance(PtlHoverText.class).hover(parsed.resource(), offset).orElse(null);
		} catch (RuntimeException failure) {
			PtlUi.log("hover failed", failure);
			return null;
		}
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new MarkdownInformationControl(parent);
	}
}
