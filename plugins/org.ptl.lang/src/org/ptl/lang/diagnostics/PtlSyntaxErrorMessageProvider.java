package org.ptl.lang.diagnostics;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.ptl.lang.validation.PtlCheck;

/**
 * Gives syntax errors and unreadable numbers the check id {@code syntax.error}, so that they are
 * reported like every other PTL diagnostic.
 */
public class PtlSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(super.getSyntaxErrorMessage(context).getMessage(), PtlCheck.SYNTAX_ERROR.id());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		ValueConverterException cause = context.getValueConverterException();
		String message = cause == null ? context.getDefaultMessage() : cause.getMessage();
		return new SyntaxErrorMessage(message, PtlCheck.SYNTAX_ERROR.id());
	}
}
