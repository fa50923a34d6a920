package org.ptl.sim.trace;

import java.util.List;

import org.ptl.sim.monitor.Violation;
import org.ptl.sim.race.RaceReport;

/** One line of a scenario's trace: a step and what it changed, or an expectation and its verdict. */
public sealed interface TraceEntry {

	int line();

	String text();

	/**
	 * A step: its result (0, -EPERM, a value), the entries and states it changed, the TLB and cache
	 * maintenance it did, the invariants it broke, and the break-before-make rules it broke.
	 *
	 * @param line       its line in the source
	 * @param text       the step as written
	 * @param result     its result
	 * @param ptes       entries changed
	 * @param states     ownership states changed
	 * @param events     maintenance and notes
	 * @param violations invariants broken after the step
	 * @param monitor    break-before-make rules its writes, barriers and TLBIs broke
	 */
	record Step(int line, String text, String result, List<PteChange> ptes, List<StateChange> states,
			List<String> events, List<String> violations, List<Violation> monitor) implements TraceEntry {

		/** A step that broke no break-before-make rule. */
		public Step(int line, String text, String result, List<PteChange> ptes, List<StateChange> states,
				List<String> events, List<String> violations) {
			this(line, text, result, ptes, states, events, violations, List.of());
		}

		/** Whether the step broke an invariant or a break-before-make rule. */
		public boolean failed() {
			return !violations.isEmpty() || !monitor.isEmpty();
		}
	}

	/**
	 * A concurrent block: what exploring its interleavings found.
	 *
	 * @param line   its line in the source
	 * @param text   how it starts, as written
	 * @param report the exploration's report
	 */
	record Race(int line, String text, RaceReport report) implements TraceEntry {
	}

	/**
	 * An expectation and whether it holds.
	 *
	 * @param line   its line in the source
	 * @param text   the expectation as written
	 * @param passed whether it holds
	 * @param detail what was found, when it does not hold
	 */
	record Check(int line, String text, boolean passed, String detail) implements TraceEntry {
	}
}
