package org.ptl.sim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.LibraryKind;
import org.ptl.sim.casemate.CasemateWriter;
import org.ptl.sim.monitor.BbmEvent;
import org.ptl.sim.monitor.Stage;
import org.ptl.sim.race.RaceReport;
import org.ptl.sim.race.StepRecord;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.trace.ScenarioTrace;

/**
 * A scenario's run written as a casemate trace (DOMAIN.md §9.3), so that casemate's checker, or
 * {@code ptl conform}, can check what PTL simulated. Each table's root pages are made (mem-init) when
 * the table appears; the initial ownership is written before the tables are installed (so it is the
 * state the trace starts from, not a change); then each table gets its lock (set_root_lock) and its
 * root is written to VTTBR_EL2 (the host VMID 0, member N of a guest family VMID N) or TTBR0_EL2 (hyp
 * tables). Each step takes every table's lock, does its writes, barriers and TLBIs, and releases the
 * locks; a concurrent block adds the interleaving shown, one thread per CPU (tid 1, 2, ...).
 */
public final class CasemateRecording {

	/** Locks live above table memory, one word each, in the order tables appear. */
	private static final long LOCK_BASE = 0x1000;

	private final String file;
	private final StringBuilder text = new StringBuilder();
	private final Map<SimTable, Long> locks = new LinkedHashMap<>();
	private final List<SimTable> unpublished = new ArrayList<>();
	private final Map<SimTable, Integer> vmids = new LinkedHashMap<>();
	private CasemateWriter writer;
	private boolean published;
	private boolean locked;
	private String src;
	private ScenarioTrace trace;

	CasemateRecording(String file) {
		this.file = file;
		this.src = file + ":0";
	}

	/** The trace, one record per line. */
	public String text() {
		return text.toString();
	}

	/** What the scenario did, as {@code ptl simulate} shows it. */
	public ScenarioTrace trace() {
		return trace;
	}

	void finish(ScenarioTrace finished) {
		this.trace = finished;
	}

	/** A table appears: its root pages are made, and it is watched from now on. */
	void table(SimTable table, int vmid) {
		PageTable pages = table.table();
		if (writer == null) {
			writer = new CasemateWriter(text, pages.geometry().pageShift(), lock -> LOCK_BASE);
		}
		long lock = LOCK_BASE + 8L * locks.size();
		locks.put(table, lock);
		vmids.put(table, vmid);
		writer.event(new BbmEvent.Init(0, root(table), (long) pages.rootPages() << pages.geometry().pageShift()), 0, src);
		listen(table);
		unpublished.add(table);
		if (published) {
			publish();
			if (locked) {
				writer.lock(lock, true, 0, src);
			}
		}
	}

	/** The tables are set up: each gets its lock and its root is installed. */
	void publish() {
		published = true;
		for (SimTable table : unpublished) {
			Stage stage = table.library().operations().source().getLibrary() == LibraryKind.HYP ? Stage.EL2_STAGE1
					: Stage.STAGE2;
			writer.root(root(table), stage, vmids.get(table), locks.get(table), 0, src);
		}
		unpublished.clear();
	}

	/** A step starts; a sequential one takes every table's lock (a concurrent block's CPUs take their own). */
	void beginStep(int line, boolean lock) {
		src = file + ":" + line;
		locked = lock;
		if (lock) {
			locks.forEach((table, address) -> writer.lock(address, true, 0, src));
		}
	}

	void endStep() {
		if (locked) {
			List<Long> held = new ArrayList<>(locks.values());
			for (int i = held.size() - 1; i >= 0; i--) {
				writer.lock(held.get(i), false, 0, src);
			}
		}
		locked = false;
		locks.keySet().forEach(this::listen);
	}

	/** A concurrent block on a table: the interleaving shown, each CPU a thread of its own. */
	void race(SimTable table, RaceReport report) {
		long lock = locks.get(table);
		CasemateWriter raceWriter = new CasemateWriter(text, table.table().geometry().pageShift(), ignored -> lock);
		raceWriter.continueFrom(writer);
		for (StepRecord step : report.shown()) {
			for (BbmEvent event : step.monitored()) {
				raceWriter.event(event, step.cpu() < 0 ? 0 : step.cpu() + 1, file + ":" + step.line());
			}
		}
		writer.continueFrom(raceWriter);
	}

	private void listen(SimTable table) {
		table.feed().listener((event, violations) -> {
			if (!(event instanceof BbmEvent.Lock) && !(event instanceof BbmEvent.Unlock)) {
				writer.event(event, 0, src);
			}
		});
	}

	private static long root(SimTable table) {
		PageTable pages = table.table();
		return pages.pool().physicalAddress(pages.rootPage());
	}
}
