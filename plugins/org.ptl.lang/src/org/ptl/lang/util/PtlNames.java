package org.ptl.lang.util;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.ptl.model.Named;

/**
 * How diagnostics and reports name model elements: by qualified name (format.descriptor.field,
 * claimant.claim, model.state), and in which order elements of one file appear.
 */
public final class PtlNames {

	private PtlNames() {
	}

	/** The element's name prefixed by the names of its named containers. */
	public static String qualified(EObject element) {
		Deque<String> names = new ArrayDeque<>();
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Named named && named.getName() != null) {
				names.addFirst(named.getName());
			}
		}
		return String.join(".", names);
	}

	/** Negative when {@code a} starts before {@code b} in their (common) file. */
	public static int documentOrder(EObject a, EObject b) {
		return Integer.compare(offset(a), offset(b));
	}

	/** The element's offset in its file, or -1 when it has no text (built in memory). */
	public static int offset(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? -1 : node.getOffset();
	}

	/** The 1-based line the element starts on, or 0 when it has no text. */
	public static int line(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? 0 : node.getStartLine();
	}
}
