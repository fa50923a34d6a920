package org.ptl.sim.conform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.Binding;
import org.ptl.model.Format;
import org.ptl.sim.casemate.CasemateReader;
import org.ptl.sim.casemate.CasemateRecord;
import org.ptl.sim.casemate.TraceProblem;
import org.ptl.sim.monitor.BbmEvent;
import org.ptl.sim.monitor.BbmMonitor;
import org.ptl.sim.monitor.EntryLocation;
import org.ptl.sim.monitor.Violation;

/**
 * Replays a casemate trace against a PTL binding: rebuilds table memory and the tables from the
 * records (zeroed ranges from mem-init, roots and their locks from hints and system-register
 * writes), gives every event to the break-before-make monitor (the one that runs beside the
 * simulator), compares every mem-read of a table entry with the rebuilt memory, and checks ownership
 * conformance per locked section. Takes records one at a time ({@link CasemateReader.Sink}), so it
 * needs memory for the tables, not for the trace.
 */
public final class ConformanceRun implements CasemateReader.Sink {

	/** How many findings a report lists; the rest are counted. */
	public static final int MAX_FINDINGS = 10_000;

	private final BbmMonitor monitor;
	private final TraceTables tables;
	private final TableMemory memory;
	private final OwnershipConformance ownership;
	private final List<ConformanceFinding> findings = new ArrayList<>();
	private long records;
	private long errors;
	private long warnings;
	private long omitted;
	private CasemateRecord current;

	/** Checks against a binding: every rule, ownership included. */
	public ConformanceRun(Binding binding) {
		this(binding, null);
	}

	/** Checks tables of one format, with no ownership model: break-before-make and lock discipline only. */
	public ConformanceRun(Format format) {
		this(null, format);
	}

	private ConformanceRun(Binding binding, Format format) {
		Format first = format != null ? format
				: binding.getComponents().isEmpty() ? null : binding.getComponents().get(0).getFormat();
		int pageShift = first == null ? 12 : Long.numberOfTrailingZeros(first.getGranule());
		this.monitor = new BbmMonitor(pageShift);
		this.tables = new TraceTables(binding, format, monitor, this::add);
		this.memory = new TableMemory(pageShift, monitor::pageWords);
		this.ownership = binding == null ? null : new OwnershipConformance(binding.getModel(), tables, memory, this::add);
	}

	@Override
	public void problem(TraceProblem problem) {
		records++;
		add(new ConformanceFinding(problem.error() ? ConformanceCheck.TRACE_MALFORMED : ConformanceCheck.TRACE_UNKNOWN_KIND,
				problem.line(), problem.id(), "", problem.message(), List.of()));
	}

	@Override
	public void record(CasemateRecord record) {
		records++;
		current = record;
		int cpu = record.tid();
		switch (record.op()) {
		case CasemateRecord.MemWrite write -> {
			EntryLocation location = monitor.locate(write.address());
			if (location != null && ownership != null) {
				ownership.beforeWrite(record, location, monitor.read(write.address()), write.value());
			}
			monitor(new BbmEvent.Write(cpu, write.address(), write.value(), write.order()));
			if (location != null && ownership != null) {
				ownership.afterWrite(record);
			}
		}
		case CasemateRecord.MemRead read -> read(record, read);
		case CasemateRecord.MemInit init -> monitor(init.free() ? new BbmEvent.Free(cpu, init.address(), init.size())
				: new BbmEvent.Init(cpu, init.address(), init.size()));
		case CasemateRecord.MemSet set -> memset(cpu, set);
		case CasemateRecord.Barrier barrier -> monitor(new BbmEvent.Barrier(cpu, barrier.barrier()));
		case CasemateRecord.Tlbi tlbi -> monitor(new BbmEvent.Tlbi(cpu, tlbi.tlbi(), tlbi.address(), tlbi.size(), tlbi.level()));
		case CasemateRecord.SysregWrite sysreg -> tables.sysreg(record, sysreg);
		case CasemateRecord.Hint hint -> hint(cpu, hint);
		case CasemateRecord.Lock lock -> {
			int id = tables.lockId(lock.address());
			monitor(lock.acquire() ? new BbmEvent.Lock(cpu, id, !lock.read()) : new BbmEvent.Unlock(cpu, id));
			if (ownership != null) {
				ownership.lock(record, lock.acquire());
			}
		}
		}
	}

	/** The report so far (the whole report once every record was given). */
	public ConformanceReport report() {
		Map<String, List<Maplet>> views = new LinkedHashMap<>();
		for (TraceTable table : tables.tables()) {
			views.put(table.name(), AbstractView.of(table, memory));
		}
		return new ConformanceReport(records, List.copyOf(findings), omitted, errors, warnings,
				tables.tables().stream().map(TraceTable::name).toList(), views);
	}

	private void hint(int cpu, CasemateRecord.Hint hint) {
		switch (hint.hint()) {
		case "set_root_lock" -> tables.setRootLock(hint.location(), hint.value());
		case "release_table" -> monitor(new BbmEvent.Free(cpu, hint.location(), 1L << pageShift()));
		default -> {
			// set_owner_root and set_pte_thread_owner: the monitor follows table pages by reachability
		}
		}
	}

	private int pageShift() {
		return tables.tables().isEmpty() ? 12 : tables.tables().get(0).codec().geometry().pageShift();
	}

	private void read(CasemateRecord record, CasemateRecord.MemRead read) {
		if (monitor.locate(read.address()) == null) {
			return;
		}
		long rebuilt = monitor.read(read.address());
		if (rebuilt != read.value()) {
			add(new ConformanceFinding(ConformanceCheck.LOCK_READ_MISMATCH, record.line(), record.id(), record.src(),
					"the entry changed under the checker: cpu " + record.tid() + " read 0x" + Long.toHexString(read.value())
							+ " at 0x" + Long.toHexString(read.address()) + ", the trace's writes left 0x"
							+ Long.toHexString(rebuilt),
					List.of()));
		}
	}

	private void memset(int cpu, CasemateRecord.MemSet set) {
		long word = (set.value() & 0xffL) * 0x0101_0101_0101_0101L;
		for (long address = set.address(); address < set.address() + set.size(); address += 8) {
			monitor(new BbmEvent.Write(cpu, address, word, org.ptl.sim.table.MemoryOrder.PLAIN));
		}
	}

	private void monitor(BbmEvent event) {
		for (Violation violation : monitor.accept(event)) {
			add(new ConformanceFinding(ConformanceCheck.of(violation.kind()), current.line(), current.id(), current.src(),
					violation.text().replace(" at event " + violation.event(), ""), List.of()));
		}
	}

	private void add(ConformanceFinding finding) {
		if (finding.warning()) {
			warnings++;
		} else {
			errors++;
		}
		if (findings.size() < MAX_FINDINGS) {
			findings.add(finding);
		} else {
			omitted++;
		}
	}
}
