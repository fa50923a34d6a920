package org.ptl.sim.protocol;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The elements of a type in a part of the model, the part itself included. */
final class Contents {

	private Contents() {
	}

	static <T> List<T> all(EObject root, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (root == null) {
			return found;
		}
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		for (Iterator<EObject> contents = EcoreUtil.getAllContents(root, true); contents.hasNext();) {
			EObject next = contents.next();
			if (type.isInstance(next)) {
				found.add(type.cast(next));
			}
		}
		return found;
	}
}
