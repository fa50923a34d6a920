package org.ptl.sim.own;

import java.util.List;

import org.ptl.model.Component;
import org.ptl.model.Counter;
import org.ptl.model.State;

/**
 * One page of an ownership system as predicates see it: its component instances, the state each
 * holds and the page's counters. The simulator reads them from tables and side tables, the explorer
 * from a packed page value; both evaluate invariants and guards through {@link PredicateEvaluator}.
 *
 * @param <I> how an instance is identified
 */
public interface OwnershipView<I> {

	/** Every instance, family members included. */
	List<I> instances();

	/** The instances of one component: itself, or every member of a family. */
	List<I> instancesOf(Component component);

	State state(I instance);

	long counter(Counter counter);
}
