package org.ptl.model.support;

import org.eclipse.emf.ecore.EObject;
import org.ptl.model.ConcurrentBlock;
import org.ptl.model.Scenario;

/**
 * Where a step stands: the scenario that holds it, directly or inside a concurrent block's CPU, and
 * the concurrent block it belongs to, if any.
 */
public final class Scenarios {

	private Scenarios() {
	}

	/** The scenario that contains the element, however deep; null for an element of no scenario. */
	public static Scenario of(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Scenario scenario) {
				return scenario;
			}
		}
		return null;
	}

	/** The concurrent block the element is part of, or null for a step of the scenario itself. */
	public static ConcurrentBlock blockOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof ConcurrentBlock block) {
				return block;
			}
		}
		return null;
	}
}
