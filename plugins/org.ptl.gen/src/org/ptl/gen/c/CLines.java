package org.ptl.gen.c;

/**
 * The text of a C file being written, line by line, with the names it defines registered as it
 * goes; lines end in '\n' whatever the platform, so that output is the same everywhere.
 */
final class CLines {

	private final StringBuilder text = new StringBuilder();

	CLines line(String line) {
		text.append(line).append('\n');
		return this;
	}

	CLines blank() {
		if (text.length() > 0 && !text.toString().endsWith("\n\n")) {
			text.append('\n');
		}
		return this;
	}

	/** A block comment of several lines; empty lines stay empty. */
	CLines comment(java.util.List<String> lines) {
		if (lines.size() == 1) {
			return line("/* " + lines.get(0).strip() + " */");
		}
		line("/*");
		for (String line : lines) {
			line(line.isEmpty() ? " *" : (" * " + line).stripTrailing());
		}
		return line(" */");
	}

	CLines append(CLines other) {
		text.append(other.text);
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
