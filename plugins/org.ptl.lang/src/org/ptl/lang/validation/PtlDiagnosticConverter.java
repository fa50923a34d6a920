package org.ptl.lang.validation;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.ptl.lang.util.TextPositions;

/**
 * Turns validator diagnostics into issues as Xtext does, but computes lines and columns with
 * {@link TextPositions}, which is safe for files ending in a lone CR.
 */
public class PtlDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	protected IssueLocation getLocationForNode(INode node) {
		return getLocationForNode(node, node.getOffset(), node.getLength());
	}

	@Override
	protected IssueLocation getLocationForNode(INode node, int offset, int length) {
		IssueLocation location = new IssueLocation();
		location.offset = offset;
		location.length = length;
		String text = node.getRootNode().getText();
		int[] start = TextPositions.lineAndColumn(text, offset);
		int[] end = TextPositions.lineAndColumn(text, offset + length);
		location.lineNumber = start[0];
		location.column = start[1];
		location.lineNumberEnd = end[0];
		location.columnEnd = end[1];
		return location;
	}
}
