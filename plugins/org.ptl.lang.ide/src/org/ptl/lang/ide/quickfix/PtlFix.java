package org.ptl.lang.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One quick fix as plain data: what the user is offered and the text replacements that make it, in
 * document offsets of the file the issue is in. The Eclipse editor applies the replacements to its
 * document, the language server sends them as LSP text edits ({@link PtlQuickfixProvider}).
 */
public record PtlFix(String label, List<Replacement> replacements) {

	/** Replace {@code length} characters at {@code offset} by {@code text}; a length of 0 inserts. */
	public record Replacement(int offset, int length, String text) {
	}

	public PtlFix {
		replacements = List.copyOf(replacements);
	}

	/** The text with every replacement made; replacements must not overlap. */
	public String applyTo(String text) {
		List<Replacement> lastFirst = new ArrayList<>(replacements);
		// from the end, so that each offset still points where it did in the original text
		lastFirst.sort(Comparator.comparingInt(Replacement::offset).reversed());
		StringBuilder out = new StringBuilder(text);
		for (Replacement replacement : lastFirst) {
			out.replace(replacement.offset(), replacement.offset() + replacement.length(), replacement.text());
		}
		return out.toString();
	}
}
