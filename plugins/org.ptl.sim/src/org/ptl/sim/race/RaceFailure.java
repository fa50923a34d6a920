package org.ptl.sim.race;

import java.util.List;

import org.ptl.sim.monitor.Violation;

/**
 * Something that went wrong in some interleaving, with the shortest schedule found that leads to it:
 * a break-before-make violation at its last step, an expectation or end-of-run check that fails in
 * the final state, no CPU able to go on, or a cycle no CPU leaves (a livelock: the schedule leads
 * into it, then the cycle repeats for ever).
 *
 * @param kind       what went wrong
 * @param message    what, in one line
 * @param schedule   the CPUs in order (the RCU callbacks as index {@code cpus})
 * @param cycle      for a livelock, the CPUs that go round the cycle; else empty
 * @param violations for a monitor failure, the rules broken at the last step
 */
public record RaceFailure(Kind kind, String message, int[] schedule, int[] cycle, List<Violation> violations) {

	/** Equal failures: the same kind, message, schedule, cycle and violations. */
	@Override
	public boolean equals(Object other) {
		return other instanceof RaceFailure that && kind == that.kind && message.equals(that.message)
				&& java.util.Arrays.equals(schedule, that.schedule) && java.util.Arrays.equals(cycle, that.cycle)
				&& violations.equals(that.violations);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(kind, message, java.util.Arrays.hashCode(schedule));
	}

	@Override
	public String toString() {
		return kind + " " + message + " after " + java.util.Arrays.toString(schedule)
				+ (cycle.length > 0 ? " then for ever " + java.util.Arrays.toString(cycle) : "");
	}

	/** The kinds of failure. */
	public enum Kind {
		MONITOR, FINAL, DEADLOCK, LIVELOCK
	}
}
