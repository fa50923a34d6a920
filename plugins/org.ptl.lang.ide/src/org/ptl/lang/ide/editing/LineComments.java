package org.ptl.lang.ide.editing;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.ptl.lang.services.PtlGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The language's single-line comment prefix, read from its SL_COMMENT terminal (so the editor's
 * toggle comment follows the grammar), and the text change that comments or uncomments lines.
 */
@Singleton
public class LineComments {

	private final String prefix;

	@Inject
	public LineComments(PtlGrammarAccess grammar) {
		this.prefix = prefixOf(GrammarUtil.findRuleForName(grammar.getGrammar(), "SL_COMMENT"));
	}

	public String prefix() {
		return prefix;
	}

	private static String prefixOf(AbstractRule rule) {
		if (rule != null) {
			for (TreeIterator<EObject> contents = rule.eAllContents(); contents.hasNext();) {
				if (contents.next() instanceof Keyword keyword) {
					return keyword.getValue(); // the first keyword of the terminal is what opens it
				}
			}
		}
		return "//";
	}

	/**
	 * The lines with the comment toggled: uncommented when every non-blank line starts with the
	 * prefix, else commented at the smallest indentation (so the block's shape stays readable).
	 */
	public String toggle(String lines) {
		String[] split = lines.split("\n", -1);
		boolean allCommented = true;
		int indent = Integer.MAX_VALUE;
		for (String line : split) {
			if (line.isBlank()) {
				continue;
			}
			int start = line.length() - line.stripLeading().length();
			indent = Math.min(indent, start);
			allCommented &= line.startsWith(prefix, start);
		}
		if (indent == Integer.MAX_VALUE) {
			return lines; // only blank lines
		}
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < split.length; i++) {
			String line = split[i];
			if (!line.isBlank()) {
				if (allCommented) {
					int at = line.indexOf(prefix);
					int end = at + prefix.length();
					if (end < line.length() && line.charAt(end) == ' ') {
						end++;
					}
					line = line.substring(0, at) + line.substring(end);
				} else {
					line = line.substring(0, indent) + prefix + " " + line.substring(indent);
				}
			}
			result.append(line);
			if (i < split.length - 1) {
				result.append('\n');
			}
		}
		return result.toString();
	}
}
