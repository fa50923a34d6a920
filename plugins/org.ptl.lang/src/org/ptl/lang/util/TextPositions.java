package org.ptl.lang.util;

/**
 * Line and column of an offset in a text whose lines end in LF, CRLF or a lone CR, computed without
 * ever reading past the text (Xtext's own computation fails at the end of a file ending in CR).
 * Offsets outside the text are clamped to it; lines and columns are 1-based, columns count chars.
 */
public final class TextPositions {

	private TextPositions() {
	}

	/** {@code {line, column}} of {@code offset} in {@code text}. */
	public static int[] lineAndColumn(CharSequence text, int offset) {
		int end = Math.max(0, Math.min(offset, text.length()));
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
				line++;
				lineStart = i + 1;
			}
		}
		return new int[] { line, end - lineStart + 1 };
	}
}
