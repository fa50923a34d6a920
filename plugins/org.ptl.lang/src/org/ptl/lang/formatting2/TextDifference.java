package org.ptl.lang.formatting2;

import java.util.Optional;

/**
 * The one replacement that turns a text into another: what lies between their common beginning and
 * their common end. Faces that format apply it instead of the whole text, so that carets, markers,
 * undo and the editor's scroll position stay where the text did not change.
 *
 * @param offset      where the replaced part starts in the old text
 * @param length      how long the replaced part is in the old text
 * @param replacement the new text of that part
 */
public record TextDifference(int offset, int length, String replacement) {

	/** The replacement from {@code before} to {@code after}, or empty when they are equal. */
	public static Optional<TextDifference> between(String before, String after) {
		int max = Math.min(before.length(), after.length());
		int start = 0;
		while (start < max && before.charAt(start) == after.charAt(start)) {
			start++;
		}
		if (start == before.length() && start == after.length()) {
			return Optional.empty();
		}
		int end = 0;
		while (end < max - start && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
			end++;
		}
		return Optional.of(new TextDifference(start, before.length() - end - start,
				after.substring(start, after.length() - end)));
	}
}
