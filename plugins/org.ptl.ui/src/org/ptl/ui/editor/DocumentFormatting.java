package org.ptl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.ptl.lang.formatting2.PtlTextFormatter;
import org.ptl.lang.formatting2.TextDifference;
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
		var difference = TextDifference.between(parsed.text(), formatted);
		if (difference.isEmpty()) {
			return true; // already formatted
		}
		try {
			document.replace(difference.get().offset(), difference.get().length(), difference.get().replacement());
		} catch (BadLocationException changedMeanwhile) {
			throw new IllegalStateException(changedMeanwhile);
		}
		return true;
	}
}
