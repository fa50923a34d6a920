package org.ptl.sim.monitor;

/**
 * An entry broken by a CPU and not yet clean (casemate's INVALID_UNCLEAN): the CPU that invalidated
 * it, the valid descriptor it held, and how far that CPU's DSB, TLBI, DSB sequence has got.
 */
final class UncleanEntry {

	/** Casemate's local invalidation states, in the order a correct sequence passes them. */
	enum Progress {
		/** Written invalid; nothing yet. */
		UNGUARDED,
		/** A DSB made the write visible to the TLB walkers. */
		DSBED,
		/** A stage-2 TLBI by IPA after the DSB. */
		TLBI_IPA,
		/** And a DSB after it. */
		TLBI_IPA_DSB,
		/** Every TLB entry for it invalidated; the next DSB completes it. */
		TLBIED
	}

	final int cpu;
	final long old;
	final int table;
	final int level;
	final long inputAddress;
	Progress progress = Progress.UNGUARDED;

	UncleanEntry(int cpu, long old, int table, int level, long inputAddress) {
		this.cpu = cpu;
		this.old = old;
		this.table = table;
		this.level = level;
		this.inputAddress = inputAddress;
	}

	UncleanEntry copy() {
		UncleanEntry copy = new UncleanEntry(cpu, old, table, level, inputAddress);
		copy.progress = progress;
		return copy;
	}

	long hash() {
		return ((cpu * 31L + progress.ordinal()) * 0x9E3779B97F4A7C15L) ^ old;
	}
}
