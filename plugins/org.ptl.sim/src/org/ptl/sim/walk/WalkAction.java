package org.ptl.sim.walk;

/** What a walker does with a visitor's outcome (DOMAIN.md 3.3, 3.4). */
public enum WalkAction {
	/** Go on with the walk (the outcome is 0, or treated as such). */
	CONTINUE,
	/** Visit the same entry again. */
	RETRY,
	/** Stop the walk and return the outcome. */
	STOP,
	/** Go on as if the visitor had returned 0; the walk returns 0. */
	IGNORE;

	/** kvm_pgtable_walk_continue(). */
	public boolean goesOn() {
		return this == CONTINUE || this == IGNORE;
	}
}
