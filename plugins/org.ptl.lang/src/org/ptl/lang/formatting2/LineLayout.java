package org.ptl.lang.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionExtensions;

/**
 * The line and column primitives PtlFormatter builds PTL's layout from: line counts that win over
 * the token spacing, padding that lines up what follows a name in one column, and whether a region
 * opens a block. They know nothing of PTL's elements; PtlFormatter decides where each applies.
 */
final class LineLayout {

	private LineLayout() {
	}

	/** Pads the given feature of each element so that what follows it starts in one column. */
	static void alignAfter(ITextRegionExtensions regions, List<? extends EObject> elements, EStructuralFeature feature,
			IFormattableDocument doc) {
		int width = 0;
		for (EObject element : elements) {
			ISemanticRegion region = regions.regionFor(element).feature(feature);
			width = region == null ? width : Math.max(width, region.getLength());
		}
		for (EObject element : elements) {
			ISemanticRegion region = regions.regionFor(element).feature(feature);
			if (region != null && region.getNextSemanticRegion() != null) {
				String padding = " ".repeat(width - region.getLength() + 1);
				doc.append(region, it -> {
					it.setSpace(padding);
					it.highPriority();
				});
			}
		}
	}

	/** Whether the region is the first thing inside a block (such a member gets no blank line before it). */
	static boolean followsOpeningBrace(ISemanticRegion region) {
		ISemanticRegion previous = region.getPreviousSemanticRegion();
		return previous != null && "{".equals(previous.getText());
	}

	/** Exactly count line breaks, whatever the token spacing said. */
	static void lines(IHiddenRegionFormatter it, int count) {
		lines(it, count, count);
	}

	/** Between min and max line breaks: the author's count, clamped. */
	static void lines(IHiddenRegionFormatter it, int min, int max) {
		it.setNewLines(min, min, max);
		it.highPriority();
	}
}
