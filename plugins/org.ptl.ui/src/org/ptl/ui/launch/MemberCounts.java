package org.ptl.ui.launch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The members of named families as an exploration launch takes them, as {@code ptl explore
 * --members} does: {@code gmap=2,vcpu=2}; empty for none.
 */
final class MemberCounts {

	private MemberCounts() {
	}

	/** The counts; an IllegalArgumentException says what is wrong with the text. */
	static Map<String, Integer> parse(String text) {
		Map<String, Integer> members = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return members;
		}
		for (String part : text.split(",")) {
			String[] pair = part.trim().split("=");
			if (pair.length != 2 || pair[0].isBlank() || !pair[1].trim().matches("[0-9]{1,2}")
					|| Integer.parseInt(pair[1].trim()) < 1) {
				throw new IllegalArgumentException("members are FAMILY=COUNT, separated by commas, such as gmap=2,vcpu=2"
						+ " (count 1 to 99); not '" + part.trim() + "'");
			}
			members.put(pair[0].trim(), Integer.parseInt(pair[1].trim()));
		}
		return members;
	}

	/** Why the text is not a list of member counts, or null. */
	static String problem(String text) {
		try {
			parse(text);
			return null;
		} catch (IllegalArgumentException bad) {
			return bad.getMessage();
		}
	}
}
