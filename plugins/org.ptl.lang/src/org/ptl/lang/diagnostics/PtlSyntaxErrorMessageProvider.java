package org.ptl.lang.diagnostics;

import java.util.regex.Pattern;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.ptl.lang.validation.PtlCheck;

/**
 * Gives syntax errors and unreadable numbers the check id {@code syntax.error}, so that they are
 * reported like every other PTL diagnostic, and says so plainly when a reserved word stands where a
 * name was expected: ANTLR's "mismatched input 'transition' expecting RULE_ID" does not tell a user
 * that the word itself is the problem. (The common words that make natural names, like
 * {@code level} or {@code owner}, are names wherever a name is expected; see ValidID in Ptl.xtext.)
 */
public class PtlSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final String IDENTIFIER = "RULE_ID";

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		String reserved = reservedWordAsName(context);
		String message = reserved != null ? reserved : super.getSyntaxErrorMessage(context).getMessage();
		return new SyntaxErrorMessage(message, PtlCheck.SYNTAX_ERROR.id());
	}

	/** The message for a keyword where an identifier was expected, or null for any other error. */
	private static String reservedWordAsName(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		String[] tokenNames = context.getTokenNames();
		if (!(exception instanceof MismatchedTokenException mismatched) || tokenNames == null
				|| mismatched.expecting < 0 || mismatched.expecting >= tokenNames.length
				|| !IDENTIFIER.equals(tokenNames[mismatched.expecting])) {
			return null;
		}
		Token token = exception.token;
		String word = token == null ? null : token.getText();
		if (word == null || !WORD.matcher(word).matches() || token.getType() < 0 || token.getType() >= tokenNames.length
				|| !tokenNames[token.getType()].equals("'" + word + "'")) {
			return null;
		}
		return "'" + word + "' is a reserved word of PTL and cannot be a name here; choose another name, such as '"
				+ word + "_'";
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		ValueConverterException cause = context.getValueConverterException();
		String message = cause == null ? context.getDefaultMessage() : cause.getMessage();
		return new SyntaxErrorMessage(message, PtlCheck.SYNTAX_ERROR.id());
	}
}
