package org.ptl.sim.conform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.ptl.model.Component;
import org.ptl.model.Counter;
import org.ptl.model.CounterComparison;
import org.ptl.model.Invariant;
import org.ptl.model.MemberCount;
import org.ptl.model.OwnershipModel;
import org.ptl.model.State;
import org.ptl.sim.casemate.CasemateRecord;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.monitor.EntryLocation;
import org.ptl.sim.own.OwnershipSystem;
import org.ptl.sim.own.OwnershipView;
import org.ptl.sim.own.PredicateEvaluator;

/**
 * Ownership conformance of a trace to a binding (DOMAIN.md §9.4): the records between the first
 * lock taken and the last one released form a section (a hypercall, for pKVM); before a section's
 * first write to an entry, every component's state of each page the entry maps is noted; when the
 * section ends, each page whose states changed must have changed by exactly one transition of the
 * model, and every invariant must hold. Writes outside any lock are sections of their own. States
 * are decoded from each component's table through the binding's format and encoding; counters are
 * not in traces, so invariants that read counters are not checked.
 */
final class OwnershipConformance {

	private static final int MAX_PAGES_PER_ENTRY = 1 << 16;

	private final OwnershipModel model;
	private final TraceTables tables;
	private final TableMemory memory;
	private final Consumer<ConformanceFinding> findings;
	private final List<Invariant> invariants = new ArrayList<>();
	private final Map<Long, State[]> before = new LinkedHashMap<>();
	private int held;
	private boolean warnedLarge;

	OwnershipConformance(OwnershipModel model, TraceTables tables, TableMemory memory,
			Consumer<ConformanceFinding> findings) {
		this.model = model;
		this.tables = tables;
		this.memory = memory;
		this.findings = findings;
		for (Invariant invariant : model.getInvariants()) {
			if (!readsCounters(invariant)) {
				invariants.add(invariant);
			}
		}
	}

	void lock(CasemateRecord record, boolean acquire) {
		if (acquire) {
			held++;
		} else if (held > 0 && --held == 0) {
			end(record);
		}
	}

	/**
	 * Before a write to a table entry: notes the states of the pages whose states it may change, once
	 * per section: the pages mapped by the leaves of a table descriptor's subtree (the old value's and
	 * the new one's), the whole range of a leaf, of any descriptor at the last level, and of an invalid
	 * descriptor with an owner annotation. A break marker or an empty entry above the last level maps
	 * no page of its own.
	 */
	void beforeWrite(CasemateRecord record, EntryLocation location, long old, long value) {
		TraceTable table = tables.tables().get(location.table());
		if (table.component() == null || old == value) {
			return;
		}
		notePages(record, table, old, location);
		notePages(record, table, value, location);
	}

	private void notePages(CasemateRecord record, TraceTable table, long descriptor, EntryLocation location) {
		FormatCodec codec = table.codec();
		int level = location.level();
		boolean last = level == codec.geometry().lastLevel();
		if (descriptor == 0) {
			return;
		}
		if (!last && codec.isTable(descriptor, level)) {
			memory.visit(table, codec.outputAddress(descriptor, level), level + 1, location.input(),
					(input, size, leaf, leafLevel) -> noteRange(record, table, input, size));
		} else if (last || codec.isValid(descriptor)
				|| AbstractView.ownerOf(codec.layoutOf(descriptor, level), descriptor) >= 0) {
			noteRange(record, table, location.input(), codec.geometry().entrySize(level));
		}
	}

	private void noteRange(CasemateRecord record, TraceTable table, long input, long size) {
		long pageSize = 1L << table.codec().geometry().pageShift();
		long pages = size / pageSize;
		if (pages > MAX_PAGES_PER_ENTRY) {
			if (!warnedLarge) {
				warnedLarge = true;
				findings.accept(new ConformanceFinding(ConformanceCheck.TRACE_UNKNOWN_TABLE, record.line(), record.id(),
						record.src(), "an entry of " + table.name() + " maps " + pages + " pages: ownership is checked on its first "
								+ MAX_PAGES_PER_ENTRY + " pages only",
						List.of()));
			}
			pages = MAX_PAGES_PER_ENTRY;
		}
		long first = table.physicalOf(input);
		for (long page = 0; page < pages; page++) {
			before.computeIfAbsent(first + page * pageSize, this::states);
		}
	}

	/** After a write: one outside any lock is a section of its own. */
	void afterWrite(CasemateRecord record) {
		if (held == 0) {
			end(record);
		}
	}

	private void end(CasemateRecord record) {
		List<TraceTable> components = components();
		TransitionMatcher matcher = new TransitionMatcher(model, components);
		for (Map.Entry<Long, State[]> page : before.entrySet()) {
			State[] after = states(page.getKey());
			State[] was = page.getValue();
			boolean changed = false;
			for (int k = 0; k < after.length; k++) {
				changed |= TransitionMatcher.changed(k < was.length ? was[k] : null, after[k]);
			}
			State[] beforeStates = java.util.Arrays.copyOf(was, after.length);
			if (changed) {
				check(record, page.getKey(), components, matcher, beforeStates, after);
			}
			invariants(record, page.getKey(), components, after);
		}
		before.clear();
	}

	private void check(CasemateRecord record, long page, List<TraceTable> components, TransitionMatcher matcher,
			State[] was, State[] after) {
		if (matcher.matches(was, after)) {
			return;
		}
		List<TransitionMatcher.Candidate> ranked = matcher.rank(was, after);
		List<String> changes = new ArrayList<>();
		for (int k = 0; k < components.size(); k++) {
			changes.add(components.get(k).name() + " " + TransitionMatcher.name(was[k]) + " -> "
					+ TransitionMatcher.name(after[k]));
		}
		List<String> details = new ArrayList<>();
		details.add("states: " + String.join(", ", changes));
		ranked.stream().limit(3).forEach(candidate -> details.add("nearest: " + candidate.explanation()));
		findings.accept(new ConformanceFinding(ConformanceCheck.OWNERSHIP_TRANSITION, record.line(), record.id(),
				record.src(), "page 0x" + Long.toHexString(page) + " changed by no transition of " + model.getName() + ": "
						+ String.join(", ", changes),
				details));
	}

	private void invariants(CasemateRecord record, long page, List<TraceTable> components, State[] states) {
		if (java.util.Arrays.asList(states).contains(null)) {
			return; // a state the trace cannot show (a side table): invariants over it are not decided
		}
		OwnershipView<Integer> view = new OwnershipView<>() {
			@Override
			public List<Integer> instances() {
				List<Integer> all = new ArrayList<>();
				for (int k = 0; k < components.size(); k++) {
					all.add(k);
				}
				return all;
			}

			@Override
			public List<Integer> instancesOf(Component component) {
				return instances().stream().filter(k -> components.get(k).component().getComponent() == component).toList();
			}

			@Override
			public State state(Integer instance) {
				return states[instance];
			}

			@Override
			public long counter(Counter counter) {
				return 0;
			}
		};
		for (Invariant invariant : invariants) {
			if (!PredicateEvaluator.holds(invariant.getPredicate(), view, Map.of())) {
				findings.accept(new ConformanceFinding(ConformanceCheck.OWNERSHIP_INVARIANT, record.line(), record.id(),
						record.src(), "invariant " + invariant.getName() + " does not hold for page 0x" + Long.toHexString(page),
						List.of("states: " + describe(components, states))));
			}
		}
	}

	private static String describe(List<TraceTable> components, State[] states) {
		List<String> parts = new ArrayList<>();
		for (int k = 0; k < components.size(); k++) {
			parts.add(components.get(k).name() + " " + TransitionMatcher.name(states[k]));
		}
		return String.join(", ", parts);
	}

	/** The tables that belong to components whose states the trace shows. */
	private List<TraceTable> components() {
		return tables.tables().stream().filter(table -> table.component() != null).toList();
	}

	private State[] states(long page) {
		List<TraceTable> components = components();
		State[] states = new State[components.size()];
		for (int k = 0; k < states.length; k++) {
			TraceTable table = components.get(k);
			if (table.states() != null) {
				long leaf = memory.leaf(table, table.inputOf(page));
				states[k] = OwnershipSystem.stateOfLeaf(table.component(), table.states(), table.codec(), leaf);
			}
		}
		return states;
	}

	private static boolean readsCounters(Invariant invariant) {
		for (java.util.Iterator<EObject> all = invariant.eAllContents(); all.hasNext();) {
			EObject next = all.next();
			if (next instanceof CounterComparison || next instanceof MemberCount count && count.getCounter() != null) {
				return true;
			}
		}
		return false;
	}
}
