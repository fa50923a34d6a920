package org.ptl.sim.own;

import java.util.List;
import java.util.Map;

import org.ptl.model.BinaryPredicate;
import org.ptl.model.Component;
import org.ptl.model.ComponentState;
import org.ptl.model.CounterComparison;
import org.ptl.model.NotPredicate;
import org.ptl.model.Predicate;
import org.ptl.model.QuantifiedPredicate;
import org.ptl.model.State;

/**
 * Evaluates an invariant or a guard for one page. Quantifiers count every instance of the named
 * components (every member of a family); a component named alone means, in a guard, the instance
 * that takes part in the transition, and otherwise every instance of it.
 */
final class Predicates {

	private final OwnershipSystem system;

	Predicates(OwnershipSystem system) {
		this.system = system;
	}

	boolean holds(Predicate predicate, int page, Map<Component, ComponentInstance> roles) {
		if (predicate instanceof BinaryPredicate binary) {
			boolean left = holds(binary.getLeft(), page, roles);
			return switch (binary.getOperator()) {
			case AND -> left && holds(binary.getRight(), page, roles);
			case OR -> left || holds(binary.getRight(), page, roles);
			case IMPLIES -> !left || holds(binary.getRight(), page, roles);
			};
		}
		if (predicate instanceof NotPredicate not) {
			return !holds(not.getOperand(), page, roles);
		}
		if (predicate instanceof QuantifiedPredicate quantified) {
			return quantified(quantified, page);
		}
		if (predicate instanceof ComponentState state) {
			ComponentInstance role = roles.get(state.getComponent());
			if (role != null) {
				return state.getStates().contains(system.state(role, page));
			}
			return system.instancesOf(state.getComponent()).stream()
					.allMatch(instance -> state.getStates().contains(system.state(instance, page)));
		}
		if (predicate instanceof CounterComparison comparison) {
			long value = system.counter(comparison.getCounter(), page);
			long bound = comparison.getValue();
			return switch (comparison.getComparison()) {
			case EQ -> value == bound;
			case NE -> value != bound;
			case LT -> value < bound;
			case LE -> value <= bound;
			case GT -> value > bound;
			case GE -> value >= bound;
			};
		}
		throw new IllegalArgumentException("cannot evaluate " + predicate.eClass().getName());
	}

	private boolean quantified(QuantifiedPredicate quantified, int page) {
		List<ComponentInstance> instances = quantified.getComponents().isEmpty() ? system.instances()
				: quantified.getComponents().stream().flatMap(c -> system.instancesOf(c).stream()).toList();
		long inStates = 0;
		for (ComponentInstance instance : instances) {
			State state = system.state(instance, page);
			if (quantified.getStates().contains(state)) {
				inStates++;
			}
		}
		return switch (quantified.getQuantifier()) {
		case EXACTLY_ONE -> inStates == 1;
		case AT_MOST_ONE -> inStates <= 1;
		case SOME -> inStates >= 1;
		case ALL -> inStates == instances.size();
		case NONE -> inStates == 0;
		};
	}
}
