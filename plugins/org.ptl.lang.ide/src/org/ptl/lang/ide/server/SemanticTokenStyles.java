package org.ptl.lang.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.ptl.lang.ide.highlighting.PtlHighlightingStyles;
import org.ptl.lang.ide.highlighting.PtlSemanticHighlightingCalculator;

import com.google.inject.Inject;

/**
 * PTL's highlighting as LSP semantic tokens: the styles of {@link PtlSemanticHighlightingCalculator}
 * (names by kind, bit ranges, states, components, flags, check ids) under the token types editors
 * colour, plus what the Eclipse editor colours by lexer (keywords, comments, strings, numbers), so
 * that an editor with no PTL syntax file of its own still shows the file coloured. A word of the
 * language used as a name is a name, not a keyword.
 */
public class SemanticTokenStyles implements ISemanticHighlightingCalculator {

	private static final Map<String, String> TYPES = Map.of(PtlHighlightingStyles.DECLARATION, SemanticTokenTypes.Class,
			PtlHighlightingStyles.FIELD, SemanticTokenTypes.Property, PtlHighlightingStyles.BITS,
			SemanticTokenTypes.Number, PtlHighlightingStyles.STATE, SemanticTokenTypes.EnumMember,
			PtlHighlightingStyles.COMPONENT, SemanticTokenTypes.Variable, PtlHighlightingStyles.RULE,
			SemanticTokenTypes.Function, PtlHighlightingStyles.FLAG, SemanticTokenTypes.Macro,
			PtlHighlightingStyles.CHECK_ID, SemanticTokenTypes.Decorator);

	private static final Map<String, String> TERMINALS = Map.of("SL_COMMENT", SemanticTokenTypes.Comment, "ML_COMMENT",
			SemanticTokenTypes.Comment, "STRING", SemanticTokenTypes.String, "INT", SemanticTokenTypes.Number, "HEX",
			SemanticTokenTypes.Number, "BIN", SemanticTokenTypes.Number, "SIZE", SemanticTokenTypes.Number);

	@Inject
	private PtlSemanticHighlightingCalculator names;

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		List<int[]> named = new ArrayList<>();
		names.provideHighlightingFor(resource, (offset, length, ids) -> {
			String type = ids.length == 0 ? null : TYPES.get(ids[0]);
			if (type != null) {
				acceptor.addPosition(offset, length, type);
				named.add(new int[] { offset, offset + length });
			}
		}, cancelIndicator);
		ICompositeNode root = resource.getParseResult().getRootNode();
		for (ILeafNode leaf : root.getLeafNodes()) {
			String type = lexicalType(leaf);
			String token = leaf.getText().stripTrailing(); // a line comment ends with its line break
			if (type != null && !token.isEmpty() && token.indexOf('\n') < 0 && !overlaps(named, leaf)) {
				acceptor.addPosition(leaf.getOffset(), token.length(), type);
			}
		}
	}

	/** The token type the lexer alone decides: keywords (not used as names), comments, strings, numbers. */
	private static String lexicalType(ILeafNode leaf) {
		EObject element = leaf.getGrammarElement();
		if (element instanceof Keyword keyword) {
			return Character.isLetter(keyword.getValue().charAt(0)) && !isName(leaf) ? SemanticTokenTypes.Keyword : null;
		}
		AbstractRule rule = element instanceof RuleCall call ? call.getRule() : element instanceof AbstractRule r ? r : null;
		return rule instanceof TerminalRule ? TERMINALS.get(rule.getName()) : null;
	}

	/** Whether a word of the language stands where a name does (a field called 'level'). */
	private static boolean isName(INode leaf) {
		for (INode node = leaf.getParent(); node != null; node = node.getParent()) {
			if (node.getGrammarElement() instanceof RuleCall call && "ValidID".equals(call.getRule().getName())) {
				return true;
			}
			if (node.getGrammarElement() instanceof org.eclipse.xtext.CrossReference) {
				return true;
			}
			if (node.hasDirectSemanticElement()) {
				return false;
			}
		}
		return false;
	}

	private static boolean overlaps(List<int[]> named, ILeafNode leaf) {
		for (int[] span : named) {
			if (leaf.getOffset() < span[1] && span[0] < leaf.getEndOffset()) {
				return true;
			}
		}
		return false;
	}
}
