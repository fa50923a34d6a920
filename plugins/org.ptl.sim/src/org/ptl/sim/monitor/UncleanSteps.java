package org.ptl.sim.monitor;

import java.util.List;
import java.util.Map;

import org.ptl.sim.monitor.UncleanEntry.Progress;

/**
 * How barriers and TLB invalidations move a CPU's broken entries towards clean (casemate's
 * sequence): any DSB makes the break visible; for stage 2, a TLBI by IPA and a DSB, then a stage-1
 * TLBI of the VMID (or one TLBI of both stages); for the EL2 stage 1, its own TLBI; then a DSB that
 * waits for completion. Only the CPU that broke an entry can clean it, and only with broadcast
 * instructions: a non-broadcast one that would have counted is reported.
 */
final class UncleanSteps {

	private final BbmMonitor monitor;

	UncleanSteps(BbmMonitor monitor) {
		this.monitor = monitor;
	}

	void barrier(BbmEvent.Barrier barrier, List<Violation> found) {
		if (!barrier.kind().isDsb()) {
			return;
		}
		boolean reported = false;
		for (Map.Entry<Long, UncleanEntry> item : List.copyOf(monitor.unclean().entrySet())) {
			UncleanEntry entry = item.getValue();
			if (entry.cpu != barrier.cpu()) {
				continue;
			}
			if (!barrier.kind().broadcast()) {
				if (!reported) {
					found.add(violation(ViolationKind.NON_BROADCAST_DSB, barrier.cpu(), item.getKey(), entry,
							barrier.kind().text() + " cannot complete a break other CPUs' TLBs may hold"));
					reported = true;
				}
				continue;
			}
			switch (entry.progress) {
			case UNGUARDED -> entry.progress = Progress.DSBED;
			case TLBI_IPA -> {
				if (barrier.kind().completesTlbi()) {
					entry.progress = Progress.TLBI_IPA_DSB;
				}
			}
			case TLBIED -> {
				if (barrier.kind().completesTlbi()) {
					monitor.cleaned(item.getKey(), entry);
				}
			}
			default -> {
			}
			}
		}
	}

	void tlbi(BbmEvent.Tlbi tlbi, List<Violation> found) {
		boolean reported = false;
		for (Map.Entry<Long, UncleanEntry> item : List.copyOf(monitor.unclean().entrySet())) {
			UncleanEntry entry = item.getValue();
			if (entry.cpu != tlbi.cpu()) {
				continue;
			}
			TableSpec table = monitor.table(entry.table);
			long size = table.codec().geometry().entrySize(entry.level);
			boolean wasTable = table.codec().isTable(entry.old, entry.level);
			if (!TlbiCoverage.covers(tlbi, table.stage(), entry, size, wasTable)) {
				continue;
			}
			Progress next = next(entry.progress, tlbi.op(), table.stage());
			if (next == entry.progress) {
				continue;
			}
			if (!tlbi.op().broadcast()) {
				if (!reported) {
					found.add(violation(ViolationKind.NON_BROADCAST_TLBI, tlbi.cpu(), item.getKey(), entry,
							"tlbi " + tlbi.op().text() + " reaches this CPU's TLB only"));
					reported = true;
				}
				continue;
			}
			entry.progress = next;
		}
	}

	private static Progress next(Progress progress, TlbiOp op, Stage stage) {
		if (stage == Stage.EL2_STAGE1) {
			return progress == Progress.DSBED ? Progress.TLBIED : progress;
		}
		return switch (progress) {
		case DSBED -> op.stage() == TlbiOp.Stage.STAGE2 ? Progress.TLBI_IPA
				: op.stage() == TlbiOp.Stage.BOTH ? Progress.TLBIED : progress;
		case TLBI_IPA_DSB -> op.stage() == TlbiOp.Stage.STAGE2 ? progress : Progress.TLBIED;
		default -> progress;
		};
	}

	private Violation violation(ViolationKind kind, int cpu, long address, UncleanEntry entry, String detail) {
		return monitor.violation(kind, cpu, new BbmMonitor.Entry(entry.table, address, entry.level, entry.inputAddress),
				entry.old, monitor.pages().page(monitor.pages().pageOf(address)) == null ? 0
						: monitor.pages().page(monitor.pages().pageOf(address)).words[monitor.pages().indexOf(address)],
				detail);
	}
}
