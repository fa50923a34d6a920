package org.ptl.sim.race;

import org.ptl.sim.walk.WalkFlags;
import org.ptl.sim.walk.WalkHooks;

/**
 * One CPU's walker hooks for one run: a shared walk is an RCU read-side critical section, and a
 * retried entry counts towards the CPU's retries. They belong to the run, not the world: a thread
 * of an abandoned run may still unwind through them and must not touch the next run's RCU state.
 */
final class CpuHooks implements WalkHooks {

	private final int cpu;
	private final RcuQueue rcu;
	private final Gate gate;
	private final int[] retries;

	CpuHooks(int cpu, RcuQueue rcu, Gate gate, int[] retries) {
		this.cpu = cpu;
		this.rcu = rcu;
		this.gate = gate;
		this.retries = retries;
	}

	@Override
	public void begin(long flags) {
		if ((flags & WalkFlags.SHARED) != 0 && !gate.abandoned()) {
			rcu.begin(cpu);
		}
	}

	@Override
	public void end(long flags) {
		if (!gate.abandoned()) {
			rcu.end(cpu);
		}
	}

	@Override
	public void retried() {
		retries[cpu]++;
	}
}
