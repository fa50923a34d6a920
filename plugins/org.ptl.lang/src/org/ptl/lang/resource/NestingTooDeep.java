package org.ptl.lang.resource;

import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.ptl.lang.util.TextPositions;
import org.ptl.lang.validation.PtlCheck;

/**
 * The syntax error of a text that nests deeper than {@link NestingDepth} allows: located on the
 * bracket or operator that goes too deep. Such a text is not parsed, so the diagnostic knows its place by
 * itself rather than through a node.
 */
public final class NestingTooDeep extends AbstractDiagnostic {

	private final int offset;
	private final boolean operators;
	private final int line;
	private final int column;

	NestingTooDeep(CharSequence text, NestingDepth.TooDeep where) {
		this.offset = where.offset();
		this.operators = where.operators();
		int[] position = TextPositions.lineAndColumn(text, offset);
		this.line = position[0];
		this.column = position[1];
	}

	@Override
	public String getMessage() {
		return operators
				? "more than " + NestingDepth.MAX_OPERATORS + " logical operators in one predicate here; split it (PTL"
						+ " does not read this file further)"
				: "brackets nest deeper than " + NestingDepth.MAX + " levels here; PTL does not read this file further";
	}

	@Override
	protected INode getNode() {
		return null;
	}

	@Override
	public String getCode() {
		return PtlCheck.SYNTAX_ERROR.id();
	}

	@Override
	public String[] getData() {
		return new String[0];
	}

	@Override
	public int getOffset() {
		return offset;
	}

	@Override
	public int getLength() {
		return 1;
	}

	@Override
	public int getLine() {
		return line;
	}

	@Override
	public int getColumn() {
		return column;
	}

	@Override
	public int getLineEnd() {
		return line;
	}

	@Override
	public int getColumnEnd() {
		return column + 1;
	}
}
