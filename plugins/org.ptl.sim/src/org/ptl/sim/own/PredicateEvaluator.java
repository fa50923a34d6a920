package org.ptl.sim.own;

import java.util.List;
import java.util.Map;

import org.ptl.model.BinaryPredicate;
import org.ptl.model.Comparison;
import org.ptl.model.Component;
import org.ptl.model.ComponentState;
import org.ptl.model.CounterComparison;
import org.ptl.model.MemberCount;
import org.ptl.model.NotPredicate;
import org.ptl.model.Predicate;
import org.ptl.model.QuantifiedPredicate;
import org.ptl.model.State;

/**
 * What an invariant or a guard means on one page, for the simulator and the explorer alike.
 * Quantifiers and counts take every instance of the named components (every member of a family); a
 * component named alone ('host is OWNED') means, in a guard, the instance that takes part in the
 * transition, and otherwise every instance of it.
 */
public final class PredicateEvaluator {

	private PredicateEvaluator() {
	}

	public static <I> boolean holds(Predicate predicate, OwnershipView<I> page, Map<Component, I> roles) {
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
			I role = roles.get(state.getComponent());
			if (role != null) {
				return state.getStates().contains(page.state(role));
			}
			return page.instancesOf(state.getComponent()).stream()
					.allMatch(instance -> state.getStates().contains(page.state(instance)));
		}
		if (predicate instanceof CounterComparison comparison) {
			return compare(page.counter(comparison.getCounter()), comparison.getComparison(), comparison.getValue());
		}
		if (predicate instanceof MemberCount count) {
			long members = inStates(instancesOf(count.getComponents(), page), count.getStates(), page);
			long bound = count.getCounter() != null ? page.counter(count.getCounter()) : count.getValue();
			return compare(members, count.getComparison(), bound);
		}
		throw new IllegalArgumentException("cannot evaluate " + predicate.eClass().getName());
	}

	private static <I> boolean quantified(QuantifiedPredicate quantified, OwnershipView<I> page) {
		List<I> instances = instancesOf(quantified.getComponents(), page);
		long inStates = inStates(instances, quantified.getStates(), page);
		return switch (quantified.getQuantifier()) {
		case EXACTLY_ONE -> inStates == 1;
		case AT_MOST_ONE -> inStates <= 1;
		case SOME -> inStates >= 1;
		case ALL -> inStates == instances.size();
		case NONE -> inStates == 0;
		};
	}

	private static <I> List<I> instancesOf(List<Component> components, OwnershipView<I> page) {
		return components.isEmpty() ? page.instances()
				: components.stream().flatMap(component -> page.instancesOf(component).stream()).toList();
	}

	private static <I> long inStates(List<I> instances, List<State> states, OwnershipView<I> page) {
		long count = 0;
		for (I instance : instances) {
			if (states.contains(page.state(instance))) {
				count++;
			}
		}
		return count;
	}

	private static boolean compare(long value, Comparison comparison, long bound) {
		return switch (comparison) {
		case EQ -> value == bound;
		case NE -> value != bound;
		case LT -> value < bound;
		case LE -> value <= bound;
		case GT -> value > bound;
		case GE -> value >= bound;
		};
	}
}
