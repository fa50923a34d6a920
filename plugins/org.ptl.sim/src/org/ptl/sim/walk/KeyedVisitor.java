package org.ptl.sim.walk;

/**
 * A visitor with state of its own that decides what it does next (a pre-6.4 map walker's output
 * address cursor, the descriptor an attribute walk saw): the explorer of racing walkers folds it into
 * the state it compares, so that two runs merge only when they would go on alike.
 */
public interface KeyedVisitor extends Visitor {

	/** A hash of the visitor's own mutable state. */
	long stateKey();
}
