package org.ptl.gen.c;

/**
 * Text that goes into C source: integer literals, and model text (descriptions) made safe inside a
 * comment or a string literal, so that no description can end a comment, splice a line through a
 * trigraph or break a string.
 */
public final class CText {

	private CText() {
	}

	/** An unsigned 64-bit literal: 0x3ULL. */
	public static String hex(long value) {
		return "0x" + Long.toHexString(value) + "ULL";
	}

	/** A full-width unsigned 64-bit literal: 0x0180000000000000ULL (for masks, which are read as bit pictures). */
	public static String hex64(long value) {
		return String.format("0x%016xULL", value);
	}

	/** Model text on one comment line. */
	public static String comment(String text) {
		if (text == null) {
			return "";
		}
		return oneLine(text).replace("*/", "* /").replace("/*", "/ *");
	}

	/** Model text inside a string literal (without the quotes). */
	public static String string(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : oneLine(text).toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static String oneLine(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			out.append(Character.isISOControl(c) ? ' ' : c);
		}
		// "??/" is a trigraph for a backslash in C11: break every "??" so that none forms
		String result = out.toString();
		while (result.contains("??")) {
			result = result.replace("??", "? ?");
		}
		return result.strip();
	}
}
