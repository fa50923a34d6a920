package org.ptl.lang.diagnostics;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.ptl.lang.validation.PtlCheck;

import com.google.inject.Inject;

/**
 * Gives syntax errors and unreadable numbers the check id {@code syntax.error}, so that they are
 * reported like every other PTL diagnostic, and says so plainly when a reserved word stands where a
 * name was expected: ANTLR's "mismatched input 'transition' expecting RULE_ID" does not tell a user
 * that the word itself is the problem. (The common words that make natural names, like
 * {@code level} or {@code owner}, are names wherever a name is expected; see ValidID in Ptl.xtext.)
 */
public class PtlSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	@Inject
	private IGrammarAccess grammarAccess;

	private Set<String> keywordsBeforeNames;

	private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final String IDENTIFIER = "RULE_ID";

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		String reserved = reservedWordAsName(context);
		String message = reserved != null ? reserved : super.getSyntaxErrorMessage(context).getMessage();
		return new SyntaxErrorMessage(message, PtlCheck.SYNTAX_ERROR.id());
	}

	/** The message for a keyword where an identifier was expected, or null for any other error. */
	private String reservedWordAsName(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		String[] tokenNames = context.getTokenNames();
		if (tokenNames == null || !(expectsIdentifier(exception, tokenNames) || inValidId(exception))) {
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

	private static boolean expectsIdentifier(RecognitionException exception, String[] tokenNames) {
		return exception instanceof MismatchedTokenException mismatched && mismatched.expecting >= 0
				&& mismatched.expecting < tokenNames.length && IDENTIFIER.equals(tokenNames[mismatched.expecting]);
	}

	/**
	 * The parser found no alternative right after a keyword that introduces a name ({@code format},
	 * {@code state}, ...): it was choosing among the words a name may be and saw a reserved one.
	 */
	private boolean inValidId(RecognitionException exception) {
		if (!(exception instanceof NoViableAltException) || !(exception.input instanceof TokenStream tokens)) {
			return false;
		}
		for (int i = exception.index - 1; i >= 0; i--) {
			Token previous = tokens.get(i);
			if (previous.getChannel() != Token.HIDDEN_CHANNEL) {
				return keywordsBeforeNames().contains(previous.getText());
			}
		}
		return false;
	}

	/** The keywords that stand right before a name in the grammar ({@code 'format' name=ValidID}). */
	private synchronized Set<String> keywordsBeforeNames() {
		if (keywordsBeforeNames == null) {
			Set<String> keywords = new HashSet<>();
			for (Assignment assignment : EcoreUtil2.eAllOfType(grammarAccess.getGrammar(), Assignment.class)) {
				if ("name".equals(assignment.getFeature()) && assignment.getTerminal() instanceof RuleCall call
						&& "ValidID".equals(call.getRule().getName()) && assignment.eContainer() instanceof Group group) {
					int index = group.getElements().indexOf(assignment);
					if (index > 0 && group.getElements().get(index - 1) instanceof Keyword keyword) {
						keywords.add(keyword.getValue());
					}
				}
			}
			keywordsBeforeNames = Set.copyOf(keywords);
		}
		return keywordsBeforeNames;
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		ValueConverterException cause = context.getValueConverterException();
		String message = cause == null ? context.getDefaultMessage() : cause.getMessage();
		return new SyntaxErrorMessage(message, PtlCheck.SYNTAX_ERROR.id());
	}
}
