package org.ptl.sim.kvm;

/**
 * Where the library sends a detached subtree for freeing (mm_ops->free_unlinked_table(), which KVM
 * defers with call_rcu() until no walker can still see it). Without one the subtree is freed at once,
 * which no one can tell apart when walkers do not race.
 */
@FunctionalInterface
public interface Rcu {

	/** Frees the subtree whose top table page (at the level below {@code level}) is given, later. */
	void callRcu(int page, int level, Runnable free);
}
