package org.ptl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.ptl.lang.formatting2.PtlTextFormatter;
import org.ptl.ui.PtlUi;
import org.ptl.ui.model.PtlDocuments;

/**
 * Formats a .ptl document with the language's formatter (the one behind {@code ptl format}) and
 * writes back only the part that changed, so the caret, markers and undo stay where the text did
 * not move. A document with syntax errors is left as it is.
 */
public final class DocumentFormatting {

	private DocumentFormatting() {
	}

	/** Formats the document; returns false (and changes nothing) when it has syntax errors. */
	public static boolean format(IDocument document) {
		PtlDocuments.Parsed parsed = PtlDocuments.parse(document);
		if (parsed.resource().getParseResult() == null || parsed.resource().getParseResult().hasSyntaxErrors()) {
			return false;
		}
		String formatted = PtlUi.injector().getInstance(PtlTextFormatter.class).format(parsed.resource());
		String text = parsed.text();
		int start = 0;
		int max = Math.min(text.length(), formatted.length());
		while (start < max && text.charAt(start) == formatted.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < max - start && text.charAt(text.length() - 1 - end) == formatted.charAt(formatted.length() - 1 - end)) {
			end++;
		}
		if (start == text.length() && start == formatted.length()) {
			return true; // already formatted
		}
		try {
			document.replace(start, text.length() - end - start, formatted.substring(start, formatted.length() - end));
		} catch (BadLocationException changedMeanwhile) {
			throw new IllegalStateException(changedMeanwhile);
		}
		return true;
	}
}
