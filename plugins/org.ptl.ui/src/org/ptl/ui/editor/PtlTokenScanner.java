package org.ptl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.ptl.lang.parser.antlr.internal.InternalPtlLexer;
import org.ptl.lang.parser.antlr.internal.InternalPtlParser;

/**
 * Lexical highlighting from the language's own lexer (the one the parser uses), so keywords,
 * comments, strings and numbers are coloured exactly as PTL reads them: a token is a keyword when
 * the grammar spells it as a word in quotes. Gaps the lexer skips (characters it cannot read) come
 * back as plain text, so the tokens always cover the range.
 */
final class PtlTokenScanner implements ITokenScanner {

	private record Span(int offset, int length, IToken token) {
	}

	private static final IToken PLAIN = new org.eclipse.jface.text.rules.Token(new TextAttribute(null));

	private final List<Span> spans = new ArrayList<>();
	private int next;
	private Span current;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		spans.clear();
		next = 0;
		String text;
		try {
			text = document.get(offset, length);
		} catch (BadLocationException outside) {
			return;
		}
		InternalPtlLexer lexer = new InternalPtlLexer(new ANTLRStringStream(text)) {
			@Override
			public void reportError(org.antlr.runtime.RecognitionException unreadable) {
				// the parser reports it with a location; the highlighter just skips the character
			}
		};
		int covered = 0;
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			int start = ((CommonToken) token).getStartIndex();
			int end = ((CommonToken) token).getStopIndex() + 1;
			if (start > covered) {
				spans.add(new Span(offset + covered, start - covered, PLAIN));
			}
			if (end > start) {
				spans.add(new Span(offset + start, end - start, tokenFor(token.getType())));
				covered = end;
			}
		}
		if (covered < text.length()) {
			spans.add(new Span(offset + covered, text.length() - covered, PLAIN));
		}
	}

	@Override
	public IToken nextToken() {
		if (next >= spans.size()) {
			current = null;
			return org.eclipse.jface.text.rules.Token.EOF;
		}
		current = spans.get(next++);
		return current.token();
	}

	@Override
	public int getTokenOffset() {
		return current.offset();
	}

	@Override
	public int getTokenLength() {
		return current.length();
	}

	private static final IToken KEYWORD = new StyleToken(PtlColors.KEYWORD);
	private static final IToken COMMENT = new StyleToken(PtlColors.COMMENT);
	private static final IToken STRING = new StyleToken(PtlColors.STRING);
	private static final IToken NUMBER = new StyleToken(PtlColors.NUMBER);

	static IToken tokenFor(int type) {
		return switch (type) {
		case InternalPtlLexer.RULE_ML_COMMENT, InternalPtlLexer.RULE_SL_COMMENT -> COMMENT;
		case InternalPtlLexer.RULE_STRING -> STRING;
		case InternalPtlLexer.RULE_INT, InternalPtlLexer.RULE_HEX, InternalPtlLexer.RULE_BIN, InternalPtlLexer.RULE_SIZE -> NUMBER;
		default -> isWord(type) ? KEYWORD : PLAIN;
		};
	}

	private static boolean isWord(int type) {
		String[] names = InternalPtlParser.tokenNames;
		if (type < 0 || type >= names.length) {
			return false;
		}
		String name = names[type];
		return name.length() > 2 && name.startsWith("'") && Character.isLetter(name.charAt(1));
	}
}
