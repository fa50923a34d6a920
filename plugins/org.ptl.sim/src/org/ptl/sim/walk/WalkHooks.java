package org.ptl.sim.walk;

/**
 * What a walker tells the scheduler of racing walkers: when a walk begins and ends (a shared walk is
 * an RCU read-side critical section: kvm_pgtable_walk_begin() and _end()), and when it decided to
 * retry an entry.
 */
public interface WalkHooks {

	void begin(long flags);

	void end(long flags);

	default void retried() {
	}
}
