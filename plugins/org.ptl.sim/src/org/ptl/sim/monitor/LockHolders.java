package org.ptl.sim.monitor;

/**
 * Who holds a table's lock: one writer, or any number of readers (shared walkers), as a bit per CPU.
 * CPUs are numbered from 0 to 63.
 */
final class LockHolders {

	int writer = -1;
	long readers;

	LockHolders copy() {
		LockHolders copy = new LockHolders();
		copy.writer = writer;
		copy.readers = readers;
		return copy;
	}

	void lock(int cpu, boolean exclusive) {
		if (exclusive) {
			writer = cpu;
		} else {
			readers |= 1L << cpu;
		}
	}

	void unlock(int cpu) {
		if (writer == cpu) {
			writer = -1;
		}
		readers &= ~(1L << cpu);
	}

	boolean writes(int cpu) {
		return writer == cpu;
	}

	boolean reads(int cpu) {
		return (readers & (1L << cpu)) != 0;
	}

	long hash() {
		return writer * 0x632BE59BD9B4E019L + readers;
	}
}
