package org.ptl.sim.race;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ptl.sim.monitor.BbmEvent;

/**
 * An interleaving as a trace in casemate's format (DOMAIN.md §9.3): one s-expression per line,
 * {@code (KIND (id N) (tid T) FIELDS... (src "file:line"))}. It starts with the table as the CPUs
 * found it (pages made, entries written, the root given its lock and written to VTTBR_EL2), then
 * every event of every step. Two extensions where casemate has no word: a compare-and-swap is a
 * mem-write of {@code (mem-order cas)}, and a shared walker's lock is {@code (lock ... (mode read))}.
 * The lock is a word at {@link #LOCK_ADDRESS}, outside table memory.
 */
public final class CasemateTrace {

	/** Where the trace says the table's lock lives. */
	public static final long LOCK_ADDRESS = 0x1000;

	private CasemateTrace() {
	}

	public static List<String> of(List<BbmEvent> prologue, List<StepRecord> steps, String file) {
		List<String> lines = new ArrayList<>();
		int[] id = { 0 };
		for (BbmEvent event : prologue) {
			record(lines, id, event, 0, file + ":0");
		}
		for (StepRecord step : steps) {
			int tid = step.cpu() < 0 ? 255 : step.cpu() + 1;
			for (BbmEvent event : step.monitored()) {
				record(lines, id, event, tid, file + ":" + step.line());
			}
		}
		return lines;
	}

	private static void record(List<String> lines, int[] id, BbmEvent event, int tid, String src) {
		String head = "(id " + id[0] + ") (tid " + tid + ")";
		String tail = " (src \"" + src + "\"))";
		switch (event) {
		case BbmEvent.Root root -> {
			lines.add("(hint " + head + " (kind set_root_lock) (location " + hex(root.pages().get(0)) + ") (value "
					+ hex(LOCK_ADDRESS) + ")" + tail);
			id[0]++;
			lines.add("(sysreg-write (id " + id[0] + ") (tid " + tid + ") (sysreg vttbr_el2) (value "
					+ hex(root.pages().get(0)) + ")" + tail);
		}
		case BbmEvent.Init init -> lines.add("(mem-init " + head + " (address " + hex(init.address()) + ") (size "
				+ hex(init.size()) + ")" + tail);
		case BbmEvent.Write write -> lines.add("(mem-write " + head + " (mem-order " + write.order().text() + ") (address "
				+ hex(write.address()) + ") (value " + hex(write.value()) + ")" + tail);
		case BbmEvent.Barrier barrier -> lines.add("(barrier " + head + " " + barrier.kind().instruction()
				+ (barrier.kind().domain() == null ? "" : " (kind " + barrier.kind().domain() + ")") + tail);
		case BbmEvent.Tlbi tlbi -> lines.add("(tlbi " + head + " " + tlbi.op().text() + tlbiFields(tlbi) + tail);
		case BbmEvent.Lock lock -> lines.add("(lock " + head + " (address " + hex(LOCK_ADDRESS) + ")"
				+ (lock.exclusive() ? "" : " (mode read)") + tail);
		case BbmEvent.Unlock unlock -> lines.add("(unlock " + head + " (address " + hex(LOCK_ADDRESS) + ")" + tail);
		case BbmEvent.Free free -> lines.add("(hint " + head + " (kind release_table) (location " + hex(free.address())
				+ ") (value 0x0)" + tail);
		}
		id[0]++;
	}

	private static String tlbiFields(BbmEvent.Tlbi tlbi) {
		return switch (tlbi.op().scope()) {
		case ALL -> "";
		case RANGE -> " (addr " + hex(tlbi.address()) + ") (size " + hex(tlbi.size()) + ")";
		default -> " (addr " + hex(tlbi.address()) + ") (level "
				+ (tlbi.level() == BbmEvent.Tlbi.LEVEL_UNKNOWN ? "unknown" : Integer.toString(tlbi.level())) + ")";
		};
	}

	private static String hex(long value) {
		return "0x" + Long.toHexString(value).toLowerCase(Locale.ROOT);
	}
}
