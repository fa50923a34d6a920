package org.ptl.sim.trace;

import java.util.List;

/** One line of a scenario's trace: a step and what it changed, or an expectation and its verdict. */
public sealed interface TraceEntry {

	int line();

	String text();

	/**
	 * A step: its result (0, -EPERM, a value), the entries and states it changed, the TLB and cache
	 * maintenance it did, and the invariants it broke.
	 *
	 * @param line       its line in the source
	 * @param text       the step as written
	 * @param result     its result
	 * @param ptes       entries changed
	 * @param states     ownership states changed
	 * @param events     maintenance and notes
	 * @param violations invariants broken after the step
	 */
	record Step(int line, String text, String result, List<PteChange> ptes, List<StateChange> states,
			List<String> events, List<String> violations) implements TraceEntry {
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
