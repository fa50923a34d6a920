package org.ptl.sim.race;

/**
 * The atomic events at which racing CPUs are interleaved (DOMAIN.md §9.2): the read of an entry, a
 * store and a compare-and-swap, a reference-count change, a maintenance call (a TLBI with its DSBs),
 * taking the MMU lock, and the RCU callback that frees detached tables after a grace period.
 */
public enum PointKind {
	READ, WRITE, CAS, GET, PUT, MAINTENANCE, LOCK, RCU;

	/** Whether the event changes memory (or counts) others may read. */
	boolean writes() {
		return this == WRITE || this == CAS || this == GET || this == PUT;
	}
}
