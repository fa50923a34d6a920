package org.ptl.sim.race;

import java.util.List;

import org.ptl.sim.casemate.CasemateWriter;
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
		int pageShift = prologue.stream().filter(BbmEvent.Root.class::isInstance).map(BbmEvent.Root.class::cast)
				.findFirst().map(root -> root.table().codec().geometry().pageShift()).orElse(12);
		StringBuilder text = new StringBuilder();
		CasemateWriter writer = new CasemateWriter(text, pageShift, lock -> LOCK_ADDRESS);
		for (BbmEvent event : prologue) {
			if (event instanceof BbmEvent.Root root) {
				writer.root(root.pages().get(0), root.table().stage(), 0, LOCK_ADDRESS, 0, file + ":0");
			} else {
				writer.event(event, 0, file + ":0");
			}
		}
		for (StepRecord step : steps) {
			int tid = step.cpu() < 0 ? 255 : step.cpu() + 1;
			for (BbmEvent event : step.monitored()) {
				writer.event(event, tid, file + ":" + step.line());
			}
		}
		return text.isEmpty() ? List.of() : List.of(text.toString().split("\n"));
	}
}
