package org.ptl.sim.monitor;

/**
 * Who holds a table's lock: one writer, or any number of readers (shared walkers), as a bit per CPU.
 * CPUs are numbered from 0 to 63. The monitor keeps one per table to check who writes; the racing
 * world keeps one as the MMU lock itself, so that a CPU waiting for it is not enabled.
 */
public final class LockHolders {

	int writer = -1;
	long readers;

	public LockHolders copy() {
		LockHolders copy = new LockHolders();
		copy.writer = writer;
		copy.readers = readers;
		return copy;
	}

	public void lock(int cpu, boolean exclusive) {
		if (exclusive) {
			writer = cpu;
		} else {
			readers |= 1L << cpu;
		}
	}

	public void unlock(int cpu) {
		if (writer == cpu) {
			writer = -1;
		}
		readers &= ~(1L << cpu);
	}

	/** Whether a CPU could take the lock now, exclusive or shared. */
	public boolean free(boolean exclusive) {
		return exclusive ? writer < 0 && readers == 0 : writer < 0;
	}

	public boolean writes(int cpu) {
		return writer == cpu;
	}

	public boolean reads(int cpu) {
		return (readers & (1L << cpu)) != 0;
	}

	public long hash() {
		return writer * 0x632BE59BD9B4E019L + readers;
	}
}
