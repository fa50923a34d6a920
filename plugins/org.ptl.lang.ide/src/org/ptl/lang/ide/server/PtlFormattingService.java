package org.ptl.lang.ide.server;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.ptl.lang.formatting2.PtlTextFormatter;
import org.ptl.lang.formatting2.TextDifference;

import com.google.inject.Inject;

/**
 * Formatting in the language server: the canonical layout of {@code ptl format} (whatever indent
 * the editor asks for, so that every editor and CI agree), sent as the one edit between the text
 * and its formatted form. PTL formats whole files, so a range request formats the file too; a file
 * with syntax errors is refused with a message, as {@code ptl format} refuses it.
 */
public class PtlFormattingService extends FormattingService {

	@Inject
	private PtlTextFormatter formatter;

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentFormattingParams params,
			CancelIndicator cancelIndicator) {
		return format(document, resource);
	}

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource,
			DocumentRangeFormattingParams params, CancelIndicator cancelIndicator) {
		return format(document, resource);
	}

	private List<TextEdit> format(Document document, XtextResource resource) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed,
					"cannot format a file with syntax errors: fix them first", null));
		}
		return TextDifference.between(document.getContents(), formatter.format(resource))
				.map(change -> List.of(new TextEdit(new Range(document.getPosition(change.offset()),
						document.getPosition(change.offset() + change.length())), change.replacement())))
				.orElse(List.of());
	}
}
