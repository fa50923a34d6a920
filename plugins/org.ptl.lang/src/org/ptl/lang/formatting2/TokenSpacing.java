package org.ptl.lang.formatting2;

import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.emf.ecore.EObject;
import org.ptl.model.BitRange;
import org.ptl.model.Component;
import org.ptl.model.InitialOwnership;
import org.ptl.model.Step;

/**
 * The space between two tokens on one line: one, except none inside bit ranges ({@code [5:2]}),
 * level ranges ({@code 0..3}), families and instances ({@code guest[*]}, {@code guest[1]}), after a negation ({@code !X}) and in
 * negative numbers and error codes, and none before a
 * comma, a closing bracket or a colon that ends a label.
 */
final class TokenSpacing {

	private TokenSpacing() {
	}

	static void apply(Iterable<ISemanticRegion> regions, IFormattableDocument doc) {
		ISemanticRegion previous = null;
		for (ISemanticRegion region : regions) {
			if (previous != null) {
				boolean tight = tight(previous, region);
				doc.prepend(region, it -> {
					if (tight) {
						it.noSpace();
					} else {
						it.oneSpace();
					}
				});
			}
			previous = region;
		}
	}

	private static boolean tight(ISemanticRegion before, ISemanticRegion after) {
		String left = before.getText();
		String right = after.getText();
		if (right.equals(",") || right.equals("]") || right.equals(")") || left.equals("(") || left.equals("-")
				|| left.equals("..") || right.equals("..")) {
			return true;
		}
		if (left.equals("[") || left.equals("!")) {
			return true;
		}
		if (right.equals("[") || right.equals("*")) {
			EObject element = after.getSemanticElement();
			return element instanceof Component || element instanceof Step || element instanceof InitialOwnership;
		}
		if (right.equals(":")) {
			return true;
		}
		return left.equals(":") && before.getSemanticElement() instanceof BitRange;
	}
}
