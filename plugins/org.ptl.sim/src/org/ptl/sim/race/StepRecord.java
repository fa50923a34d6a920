package org.ptl.sim.race;

import java.util.List;

import org.ptl.sim.monitor.BbmEvent;
import org.ptl.sim.monitor.Violation;

/**
 * One step of an interleaving: the CPU that took it (-1 for the RCU callbacks), what it did (its
 * atomic event first, then what followed before its next one), and the break-before-make rules it
 * broke.
 *
 * @param cpu        the CPU, or -1 for RCU
 * @param events     what happened, one line each
 * @param violations the rules broken
 * @param line       the source line of the operation the CPU was in, or 0
 * @param monitored  the step's events as the break-before-make monitor saw them (casemate's records)
 */
public record StepRecord(int cpu, List<String> events, List<Violation> violations, int line, List<BbmEvent> monitored) {

	/** The step's first event, or "" when it did nothing visible. */
	public String summary() {
		return events.isEmpty() ? "" : events.get(0);
	}
}
