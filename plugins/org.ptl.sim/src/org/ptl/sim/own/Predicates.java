package org.ptl.sim.own;

import java.util.List;
import java.util.Map;

import org.ptl.model.Component;
import org.ptl.model.Counter;
import org.ptl.model.Predicate;
import org.ptl.model.State;

/**
 * Invariants and guards of a running system, for one page: the system's instances (the members of
 * a family that a scenario has named so far), their states as tables and side tables hold them, and
 * the page's counters, evaluated by {@link PredicateEvaluator}.
 */
final class Predicates {

	private final OwnershipSystem system;

	Predicates(OwnershipSystem system) {
		this.system = system;
	}

	boolean holds(Predicate predicate, int page, Map<Component, ComponentInstance> roles) {
		return PredicateEvaluator.holds(predicate, new OwnershipView<ComponentInstance>() {
			@Override
			public List<ComponentInstance> instances() {
				return system.instances();
			}

			@Override
			public List<ComponentInstance> instancesOf(Component component) {
				return system.instancesOf(component);
			}

			@Override
			public State state(ComponentInstance instance) {
				return system.state(instance, page);
			}

			@Override
			public long counter(Counter counter) {
				return system.counter(counter, page);
			}
		}, roles);
	}
}
