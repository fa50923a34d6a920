package org.ptl.lang.formatting2;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.ptl.lang.util.PtlNames;
import org.ptl.model.BitPicture;
import org.ptl.model.Layout;

/**
 * The layout of an address-space layout: its inputs, values, transformations, regions, pictures,
 * assumptions and invariants one per line in the author's order, the blank lines that group them
 * kept (at most one); a bit picture is a block with a slice per line. The formatter's own block and
 * line rules are passed in, so that a layout reads like every other element.
 */
final class LayoutFormatting {

	private LayoutFormatting() {
	}

	static void format(Layout layout, IFormattableDocument doc, BiConsumer<EObject, IFormattableDocument> block,
			BiConsumer<List<EObject>, IFormattableDocument> keepingBlankLines,
			BiConsumer<List<? extends EObject>, IFormattableDocument> members) {
		block.accept(layout, doc);
		List<EObject> all = new ArrayList<>(layout.getInputs());
		all.addAll(layout.getValues());
		all.addAll(layout.getTransforms());
		all.addAll(layout.getRegions());
		all.addAll(layout.getPictures());
		all.addAll(layout.getAssumptions());
		all.addAll(layout.getInvariants());
		all.sort(PtlNames::documentOrder);
		keepingBlankLines.accept(all, doc);
		for (BitPicture picture : layout.getPictures()) {
			block.accept(picture, doc);
			members.accept(picture.getSlices(), doc);
		}
	}
}
