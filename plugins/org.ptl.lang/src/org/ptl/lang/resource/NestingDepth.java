package org.ptl.lang.resource;

/**
 * How deep a PTL text nests, read from its characters before it is parsed: brackets
 * ({@code ( [ {}) in depth, and the logical operators ({@code not and or implies}) of one
 * predicate, each of which adds a level to its tree. The parser recurses once per level, and so do
 * scoping, validation and evaluation: PTL refuses texts deeper than {@link #MAX} brackets or with
 * more than {@link #MAX_OPERATORS} operators in one predicate (no real specification comes near)
 * instead of running out of stack or of time on them.
 */
public final class NestingDepth {

	/** The deepest bracket nesting PTL reads. */
	public static final int MAX = 100;

	/** The most logical operators PTL reads in one predicate. */
	public static final int MAX_OPERATORS = 100;

	private NestingDepth() {
	}

	/** Where a text goes too deep, and how. */
	public record TooDeep(int offset, boolean operators) {
	}

	/** Where the text first nests too deep, or null. */
	public static TooDeep find(CharSequence text) {
		int depth = 0;
		int operators = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (Character.isJavaIdentifierStart(c)) {
				int end = i;
				while (end < length && Character.isJavaIdentifierPart(text.charAt(end))) {
					end++;
				}
				switch (text.subSequence(i, end).toString()) {
				case "not", "and", "or", "implies" -> {
					if (++operators > MAX_OPERATORS) {
						return new TooDeep(i, true);
					}
				}
				case "invariant", "requires" -> operators = 0;
				default -> {
				}
				}
				i = end - 1;
				continue;
			}
			if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
				while (i < length && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
					i++;
				}
			} else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
				int close = indexOf(text, "*/", i + 2);
				i = close < 0 ? length : close + 1;
			} else if (c == '"' || c == '\'') {
				i = endOfString(text, i, c);
			} else if (c == '(' || c == '[' || c == '{') {
				operators = c == '{' ? 0 : operators;
				if (++depth > MAX) {
					return new TooDeep(i, false);
				}
			} else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
				operators = c == '}' ? 0 : operators;
				depth--;
			}
		}
		return null;
	}

	private static int endOfString(CharSequence text, int start, char quote) {
		for (int i = start + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == quote) {
				return i;
			}
		}
		return text.length();
	}

	private static int indexOf(CharSequence text, String what, int from) {
		for (int i = from; i + what.length() <= text.length(); i++) {
			if (text.subSequence(i, i + what.length()).toString().equals(what)) {
				return i;
			}
		}
		return -1;
	}
}
