package org.ptl.lang.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Where a model element stands in its source and how it is written there, read from Xtext's node
 * model: what traces and views show for a step (the command line and Eclipse alike).
 */
public final class NodeText {

	private NodeText() {
	}

	/** The 1-based line the element starts on, or 0 when it has no text. */
	public static int line(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? 0 : node.getStartLine();
	}

	/** The element as written, its tokens on one line; its type's name when it has no text. */
	public static String text(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? element.eClass().getName() : NodeModelUtils.getTokenText(node);
	}
}
