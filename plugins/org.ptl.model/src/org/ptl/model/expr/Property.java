package org.ptl.model.expr;

import org.eclipse.emf.ecore.EObject;

/**
 * One thing a layout promises for every input its assumptions allow: an invariant, two regions
 * that do not share an address, a region that keeps a bit, a value that fits its bits, a
 * computation without faults. {@code holds} is its truth in the algebra the layout was computed
 * in; {@code element} is where a finding about it belongs.
 */
public record Property<B>(Kind kind, EObject element, String description, B holds) {

	/** What a property is about; each kind is reported under its own check id. */
	public enum Kind {
		INVARIANT, ASSUMPTION, DISJOINT_REGIONS, KEPT_BIT, REGION_BOUNDS, VALUE_WIDTH, NO_FAULT
	}
}
