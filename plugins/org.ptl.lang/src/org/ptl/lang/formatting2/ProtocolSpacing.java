package org.ptl.lang.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.ptl.model.Action;
import org.ptl.model.ActionCall;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.VariableAccess;

/**
 * The token spacing of protocols: variables, calls and fields written as in C ({@code seg[1, p].uc},
 * {@code link(1)}, {@code fault.map(1, 0)}, {@code var seg[gmap, page]}, {@code action store(v: vcpu)}).
 */
final class ProtocolSpacing {

	private ProtocolSpacing() {
	}

	static boolean tight(ISemanticRegion before, ISemanticRegion after) {
		String left = before.getText();
		String right = after.getText();
		EObject element = after.getSemanticElement();
		if (right.equals("[")) {
			return element instanceof VariableAccess || element instanceof ProtocolVariable;
		}
		if (right.equals("(")) {
			return element instanceof ActionCall || element instanceof Action;
		}
		if (right.equals(".") || left.equals(".")) {
			EObject owner = (left.equals(".") ? before : after).getSemanticElement();
			return owner instanceof VariableAccess || owner instanceof ActionCall;
		}
		return false;
	}
}
