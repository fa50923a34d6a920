package org.ptl.lang.formatting2;

import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.emf.ecore.EObject;
import org.ptl.model.BinaryExpression;
import org.ptl.model.BitRange;
import org.ptl.model.BitSlice;
import org.ptl.model.CallExpression;
import org.ptl.model.ConditionalExpression;
import org.ptl.model.Transform;
import org.ptl.model.UnaryExpression;
import org.ptl.model.Component;
import org.ptl.model.InitialOwnership;
import org.ptl.model.Step;

/**
 * The space between two tokens on one line: one, except none inside bit ranges ({@code [5:2]}),
 * level ranges ({@code 0..3}), families and instances ({@code guest[*]}, {@code guest[1]}), after a negation ({@code !X}) and in
 * negative numbers and error codes, and none before a
 * comma, a closing bracket or a colon that ends a label; in layout expressions as C is written.
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

	/**
	 * Spacing inside layout expressions, or null where the general rules apply: binary operators
	 * and the parts of {@code ?:} and of a slice's {@code [high : low]} spaced, none after a unary
	 * operator or between a function and its parenthesis.
	 */
	private static Boolean inExpression(ISemanticRegion before, ISemanticRegion after) {
		EObject left = before.getSemanticElement();
		EObject right = after.getSemanticElement();
		String leftText = before.getText();
		String rightText = after.getText();
		if (left instanceof BinaryExpression && leftText.equals("-") || right instanceof BinaryExpression && rightText.equals("-")) {
			return false;
		}
		if (left instanceof UnaryExpression && (leftText.equals("~") || leftText.equals("!"))) {
			return true;
		}
		if (rightText.equals("(") && (right instanceof CallExpression || right instanceof Transform)) {
			return true;
		}
		if (rightText.equals(":") && (right instanceof ConditionalExpression || right instanceof BitSlice)) {
			return false;
		}
		if (leftText.equals(":") && (left instanceof ConditionalExpression || left instanceof BitSlice)) {
			return false;
		}
		return null;
	}

	private static boolean tight(ISemanticRegion before, ISemanticRegion after) {
		String left = before.getText();
		String right = after.getText();
		Boolean expression = inExpression(before, after);
		if (expression != null) {
			return expression;
		}
		if (ProtocolSpacing.tight(before, after)) {
			return true;
		}
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
