package org.ptl.cli.tests.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/** What an editor does with the server's edits and ranges: offsets from positions, edits applied. */
final class TextEdits {

	private TextEdits() {
	}

	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	static String text(String text, Range range) {
		return text.substring(offset(text, range.getStart()), offset(text, range.getEnd()));
	}

	/** The text with the edits made, as LSP says: all ranges refer to the text before any edit. */
	static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> lastFirst = new ArrayList<>(edits);
		lastFirst.sort(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
		StringBuilder out = new StringBuilder(text);
		for (TextEdit edit : lastFirst) {
			out.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
		}
		return out.toString();
	}

	static Position at(String text, String part) {
		return new Position(Workspaces.lineOf(text, part), Workspaces.columnOf(text, part));
	}

	/** The position of {@code word} inside the first occurrence of {@code context}. */
	static Position at(String text, String context, String word) {
		Position start = at(text, context);
		return new Position(start.getLine(), start.getCharacter() + context.indexOf(word));
	}
}
