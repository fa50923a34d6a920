package org.ptl.sim.monitor;

import org.ptl.sim.table.MemoryOrder;

/**
 * What the break-before-make monitor is told, in the order it happened: casemate's trace records
 * (DOMAIN.md §9.3) as values. Addresses are physical addresses of table memory; {@code cpu} is the
 * CPU that acted. The monitor does not care where the events come from: the simulator, or a trace
 * recorded on real hardware.
 */
public sealed interface BbmEvent {

	/**
	 * A table's root pages (several when concatenated), in input-address order: from now on their
	 * entries are descriptors of the table, whose writers must hold the lock (a VTTBR write, with
	 * casemate's set_root_lock hint).
	 */
	record Root(java.util.List<Long> pages, TableSpec table, int lock) implements BbmEvent {
	}

	/** Memory known to hold zeros (a page just allocated for a table: mem-init). */
	record Init(int cpu, long address, long size) implements BbmEvent {
	}

	/** A store to memory, with its order (mem-write; a successful compare-and-swap is order CAS). */
	record Write(int cpu, long address, long value, MemoryOrder order) implements BbmEvent {
	}

	/** A barrier (DSB of a domain, or ISB). */
	record Barrier(int cpu, BarrierKind kind) implements BbmEvent {
	}

	/**
	 * A TLB invalidation: the instruction, the input address it names (page-aligned, 0 when none),
	 * the size of a range instruction's range, and its level hint (or {@link #LEVEL_UNKNOWN}).
	 */
	record Tlbi(int cpu, TlbiOp op, long address, long size, int level) implements BbmEvent {

		public static final int LEVEL_UNKNOWN = Integer.MIN_VALUE;
	}

	/** A CPU takes a table's lock, for writing (exclusive) or for reading (a shared walker). */
	record Lock(int cpu, int lock, boolean exclusive) implements BbmEvent {
	}

	/** A CPU releases a table's lock. */
	record Unlock(int cpu, int lock) implements BbmEvent {
	}

	/** A table page goes back to the allocator (release_table, mem-free). */
	record Free(int cpu, long address, long size) implements BbmEvent {
	}
}
