package org.ptl.sim.casemate;

import org.ptl.sim.monitor.BarrierKind;
import org.ptl.sim.monitor.TlbiOp;
import org.ptl.sim.table.MemoryOrder;

/**
 * One record of a casemate trace (DOMAIN.md §9.3), whatever spelling it was written in: where it
 * stands in the file (the line it starts on), its sequence id and thread, its source location (or
 * ""), and what it says.
 *
 * @param line the line of the trace file the record starts on (from 1)
 * @param id   the record's sequence id ({@code (id N)})
 * @param tid  the thread (CPU) that performed it
 * @param src  its {@code (src ...)} location in the traced program, or ""
 * @param op   what happened
 */
public record CasemateRecord(long line, long id, int tid, String src, CasemateRecord.Op op) {

	/** What a record says. */
	public sealed interface Op {
		/** The record's kind as casemate's tool spells it ("mem-write"). */
		String kind();
	}

	public record MemWrite(MemoryOrder order, long address, long value) implements Op {
		public String kind() {
			return "mem-write";
		}
	}

	public record MemRead(long address, long value) implements Op {
		public String kind() {
			return "mem-read";
		}
	}

	/** mem-init (zeroed), or mem-free when {@code free}. */
	public record MemInit(long address, long size, boolean free) implements Op {
		public String kind() {
			return free ? "mem-free" : "mem-init";
		}
	}

	/** Every byte of the range set to the value. */
	public record MemSet(long address, long size, int value) implements Op {
		public String kind() {
			return "mem-set";
		}
	}

	public record Barrier(BarrierKind barrier) implements Op {
		public String kind() {
			return "barrier";
		}
	}

	/** A TLBI; address, size and level as {@link org.ptl.sim.monitor.BbmEvent.Tlbi} has them. */
	public record Tlbi(TlbiOp tlbi, long address, long size, int level) implements Op {
		public String kind() {
			return "tlbi";
		}
	}

	/** A system-register write (the lower-case name: "vttbr_el2"). */
	public record SysregWrite(String register, long value) implements Op {
		public String kind() {
			return "sysreg-write";
		}
	}

	/** A hint (the lower-case kind: "set_root_lock", "release_table"). */
	public record Hint(String hint, long location, long value) implements Op {
		public String kind() {
			return "hint";
		}
	}

	/** lock, trylock (as a lock that succeeded) or unlock; {@code read} for a shared walker's lock. */
	public record Lock(long address, boolean acquire, boolean read, boolean trylock) implements Op {
		public String kind() {
			return acquire ? trylock ? "trylock" : "lock" : "unlock";
		}
	}

	/** "line 12, record 7". */
	public String where() {
		return "line " + line + ", record " + id;
	}
}
