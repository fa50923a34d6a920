package org.ptl.lang.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.ptl.lang.ide.quickfix.PtlFix.Replacement;

/**
 * Where a quick fix adds lines to a block: after the last of the block's entries, indented like
 * that entry, or after the block's opening brace, indented one level deeper than the block, so that
 * the result reads as if typed in the file's own layout.
 */
final class TextInsertion {

	private static final String INDENT = "    ";

	private TextInsertion() {
	}

	/**
	 * The lines added after the last entry of the block, or at the top of the block when it has
	 * none; null when the block has no text to place them in.
	 */
	static Replacement linesAfter(EObject block, List<? extends EObject> entries, List<String> lines) {
		ICompositeNode blockNode = NodeModelUtils.findActualNodeFor(block);
		if (blockNode == null) {
			return null;
		}
		String text = blockNode.getRootNode().getText();
		EObject last = entries.stream().filter(e -> NodeModelUtils.findActualNodeFor(e) != null)
				.max((a, b) -> Integer.compare(offset(a), offset(b))).orElse(null);
		int at;
		String indent;
		if (last != null) {
			ICompositeNode lastNode = NodeModelUtils.findActualNodeFor(last);
			at = afterLineComment(text, lastNode.getEndOffset());
			indent = indentation(text, lastNode.getOffset());
		} else {
			ILeafNode brace = openingBrace(blockNode);
			if (brace == null) {
				return null;
			}
			at = brace.getEndOffset();
			indent = indentation(text, blockNode.getOffset()) + INDENT;
		}
		StringBuilder added = new StringBuilder();
		lines.forEach(line -> added.append('\n').append(indent).append(line));
		return new Replacement(at, 0, added.toString());
	}

	/** The end of the line when the rest of it is a comment, which stays with the entry it explains. */
	private static int afterLineComment(String text, int offset) {
		int lineEnd = text.indexOf('\n', offset);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd;
		if (!text.substring(offset, lineEnd).strip().startsWith("//")) {
			return offset;
		}
		return lineEnd > offset && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
	}

	private static int offset(EObject element) {
		return NodeModelUtils.findActualNodeFor(element).getOffset();
	}

	private static ILeafNode openingBrace(ICompositeNode blockNode) {
		for (ILeafNode leaf : blockNode.getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				return leaf;
			}
		}
		return null;
	}

	/** The blanks before the first character of the line the offset is on. */
	private static String indentation(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int end = lineStart;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(lineStart, end);
	}
}
