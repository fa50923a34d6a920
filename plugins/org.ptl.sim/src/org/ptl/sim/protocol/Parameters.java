package org.ptl.sim.protocol;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.ptl.model.FamilyParameter;

/**
 * Numbers every parameter of a protocol (actions', quantifiers', for-each updates'), so that a
 * frame keeps the member or page each stands for in an array.
 */
final class Parameters {

	private final Map<FamilyParameter, Integer> slots = new IdentityHashMap<>();

	/** The parameters of the roots (a protocol, and a scenario of it whose expectations quantify). */
	Parameters(EObject... roots) {
		for (EObject root : roots) {
			for (java.util.Iterator<EObject> all = EcoreUtil.getAllContents(root, true); all.hasNext();) {
				if (all.next() instanceof FamilyParameter parameter) {
					slots.put(parameter, slots.size());
				}
			}
		}
	}

	int slot(FamilyParameter parameter) {
		Integer slot = slots.get(parameter);
		if (slot == null) {
			throw new IllegalArgumentException("parameter '" + parameter.getName() + "' is not in scope");
		}
		return slot;
	}

	int count() {
		return slots.size();
	}
}
