package org.ptl.gen;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.ptl.model.Named;

/**
 * How generated files name model elements in comments and messages: the element's name prefixed by
 * its named containers' (format.descriptor.field), as the language's diagnostics do.
 */
public final class QualifiedNames {

	private QualifiedNames() {
	}

	public static String of(EObject element) {
		Deque<String> names = new ArrayDeque<>();
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Named named && named.getName() != null) {
				names.addFirst(named.getName());
			}
		}
		return String.join(".", names);
	}
}
