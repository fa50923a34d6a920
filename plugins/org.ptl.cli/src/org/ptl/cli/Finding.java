package org.ptl.cli;

import java.util.Comparator;

/**
 * One diagnostic as the command line reports it: where (file as the user named it, 1-based line
 * and column), how bad, what, and under which check id.
 *
 * @param file     the path as shown to the user
 * @param line     1-based line
 * @param column   1-based column
 * @param severity error, warning or info
 * @param message  what is wrong, naming the elements and bits involved
 * @param check    the stable check id
 */
public record Finding(String file, int line, int column, Level severity, String message, String check) {

	/** Severities in the order GCC prints them. */
	public enum Level {
		ERROR, WARNING, INFO;

		public String text() {
			return name().toLowerCase();
		}
	}

	public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
			.thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::check)
			.thenComparing(Finding::message);

	/** file:line:col: severity: message [check-id], always one line (a quoted name may hold a line break). */
	public String gccStyle() {
		return oneLine(file) + ":" + line + ":" + column + ": " + severity.text() + ": " + oneLine(message) + " [" + check
				+ "]";
	}

	private static String oneLine(String text) {
		StringBuilder line = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '\n' -> line.append("\\n");
			case '\r' -> line.append("\\r");
			case '\t' -> line.append("\\t");
			default -> line.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return line.toString();
	}
}
