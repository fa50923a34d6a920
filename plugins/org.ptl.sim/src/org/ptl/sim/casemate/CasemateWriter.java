package org.ptl.sim.casemate;

import java.util.function.IntToLongFunction;

import org.ptl.sim.monitor.BbmEvent;
import org.ptl.sim.monitor.Stage;

/**
 * Writes monitor events as casemate trace records, one line each, in the spelling casemate's own
 * checker reads ({@code (tid T)}, {@code sysreg-write}, a TLBI by address with its register
 * {@code (value V)}), numbering records from 0. A table's root is announced as casemate expects:
 * the {@code set_root_lock} hint, then the write of VTTBR_EL2 (stage 2, with its VMID in bits
 * [63:48]) or TTBR0_EL2 (the EL2 stage 1). Where casemate has no word PTL writes its own: a
 * compare-and-swap is {@code (mem-order cas)}, a shared walker's lock {@code (mode read)}, a range
 * TLBI {@code (addr A) (size S)}.
 */
public final class CasemateWriter {

	private final StringBuilder out;
	private final int pageShift;
	private final IntToLongFunction lockAddress;
	private long id;

	/**
	 * @param out         where lines go (each ends with '\n')
	 * @param pageShift   the granule, for the TTL hint of TLBIs
	 * @param lockAddress the address a monitor lock number stands for
	 */
	public CasemateWriter(StringBuilder out, int pageShift, IntToLongFunction lockAddress) {
		this.out = out;
		this.pageShift = pageShift;
		this.lockAddress = lockAddress;
	}

	/** Numbers records on from where another writer to the same text stopped. */
	public void continueFrom(CasemateWriter other) {
		this.id = other.id;
	}

	/** The id the next record gets. */
	public long nextId() {
		return id;
	}

	/** Announces a table: its lock, then the root written to the translation-table base register. */
	public void root(long rootPage, Stage stage, int vmid, long lock, int tid, String src) {
		line("hint", tid).append(" (kind set_root_lock) (location ").append(hex(rootPage)).append(") (value ")
				.append(hex(lock)).append(')');
		end(src);
		boolean stage2 = stage == Stage.STAGE2;
		line("sysreg-write", tid).append(" (sysreg ").append(stage2 ? "vttbr_el2" : "ttbr0_el2").append(") (value ")
				.append(hex(stage2 ? rootPage | (long) vmid << 48 : rootPage)).append(')');
		end(src);
	}

	/** One event (a root is written by {@link #root}; here it is ignored). */
	public void event(BbmEvent event, int tid, String src) {
		switch (event) {
		case BbmEvent.Root root -> {
			return;
		}
		case BbmEvent.Init init -> line("mem-init", tid).append(" (address ").append(hex(init.address()))
				.append(") (size ").append(hex(init.size())).append(')');
		case BbmEvent.Write write -> line("mem-write", tid).append(" (mem-order ").append(write.order().text())
				.append(") (address ").append(hex(write.address())).append(") (value ").append(hex(write.value()))
				.append(')');
		case BbmEvent.Barrier barrier -> {
			line("barrier", tid).append(' ').append(barrier.kind().instruction());
			if (barrier.kind().domain() != null) {
				out.append(" (kind ").append(barrier.kind().domain()).append(')');
			}
		}
		case BbmEvent.Tlbi tlbi -> tlbi(tlbi, tid);
		case BbmEvent.Lock lock -> line("lock", tid).append(" (address ").append(hex(lockAddress.applyAsLong(lock.lock())))
				.append(lock.exclusive() ? ")" : ") (mode read)");
		case BbmEvent.Unlock unlock -> line("unlock", tid).append(" (address ")
				.append(hex(lockAddress.applyAsLong(unlock.lock()))).append(')');
		case BbmEvent.Free free -> line("hint", tid).append(" (kind release_table) (location ").append(hex(free.address()))
				.append(") (value 0x0)");
		}
		end(src);
	}

	/** A lock or unlock of a lock at an address. */
	public void lock(long address, boolean acquire, int tid, String src) {
		line(acquire ? "lock" : "unlock", tid).append(" (address ").append(hex(address)).append(')');
		end(src);
	}

	private void tlbi(BbmEvent.Tlbi tlbi, int tid) {
		line("tlbi", tid).append(' ').append(tlbi.op().text());
		switch (tlbi.op().scope()) {
		case ALL -> {
		}
		case RANGE -> out.append(" (addr ").append(hex(tlbi.address())).append(") (size ").append(hex(tlbi.size()))
				.append(')');
		default -> out.append(" (value ").append(hex(TlbiOperand.of(tlbi.address(), tlbi.level(), pageShift)))
				.append(')');
		}
	}

	private StringBuilder line(String kind, int tid) {
		return out.append('(').append(kind).append(" (id ").append(id++).append(") (tid ").append(tid).append(')');
	}

	private void end(String src) {
		out.append(" (src \"").append(src).append("\"))\n");
	}

	static String hex(long value) {
		return "0x" + Long.toHexString(value);
	}
}
