package org.ptl.lang.formatting2;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegionPart;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * The whitespace after a line comment, counted with the line break the comment ends with. Xtext
 * clamps the line breaks the whitespace itself holds and then takes off the comment's own, so
 * "x // note", blank line, "y" lost its blank line: the author's count must include the comment's
 * line break before it is clamped, as it is for whitespace that follows no comment.
 */
@SuppressWarnings("restriction")
final class CommentAwareWhitespace extends WhitespaceReplacer {

	CommentAwareWhitespace(ITextSegment whitespace, IHiddenRegionFormatting formatting) {
		super(whitespace, formatting);
	}

	@Override
	protected int computeNewLineCount(ITextReplacerContext context) {
		IHiddenRegionFormatting formatting = getFormatting();
		Integer min = formatting.getNewLineMin();
		Integer max = formatting.getNewLineMax();
		if (min == null || max == null || min.equals(max) || !(getRegion() instanceof IHiddenRegionPart part)
				|| !(part.getPreviousHiddenPart() instanceof IComment comment) || !comment.getText().endsWith("\n")) {
			return super.computeNewLineCount(context);
		}
		int written = getRegion().getLineCount(); // the whitespace's breaks, plus the comment's
		return Math.max(min, Math.min(max, written));
	}
}
