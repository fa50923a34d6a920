package org.ptl.gen.docs;

/** Model text made safe in HTML and SVG (text and attribute values alike). */
final class Html {

	private Html() {
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(Character.isISOControl(c) && c != '\n' ? ' ' : c);
			}
		}
		return out.toString();
	}

	/** The colour of the n-th claimant: distinct, light enough for black text. */
	static String claimColour(int index) {
		String[] palette = { "#f4a261", "#8ecae6", "#b5e48c", "#e9c46a", "#cdb4db", "#ffafcc", "#90e0ef", "#d4a373" };
		return palette[Math.floorMod(index, palette.length)];
	}
}
