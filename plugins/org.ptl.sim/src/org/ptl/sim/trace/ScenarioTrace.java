package org.ptl.sim.trace;

import java.util.List;

/**
 * What running a scenario gave: its steps and verdicts in order, or the error that kept it from
 * running. A scenario passes when it ran, every expectation holds and no step broke an invariant.
 *
 * @param name        the scenario's name
 * @param description its description, or null
 * @param line        its line in the source
 * @param entries     the trace
 * @param error       why it could not run, or null
 */
public record ScenarioTrace(String name, String description, int line, List<TraceEntry> entries, String error) {

	public boolean passed() {
		return error == null && failures() == 0;
	}

	/** Expectations that do not hold plus steps that broke an invariant. */
	public long failures() {
		long failed = entries.stream().filter(e -> e instanceof TraceEntry.Check check && !check.passed()).count();
		long broken = entries.stream().filter(e -> e instanceof TraceEntry.Step step && step.failed()).count();
		long raced = entries.stream().filter(e -> e instanceof TraceEntry.Race race && !race.report().passed()).count();
		return failed + broken + raced;
	}

	/**
	 * Expectations checked: each {@code expect}, each concurrent block (it must hold in every
	 * interleaving) and each step that broke an invariant (so failures never outnumber checks).
	 */
	public long checks() {
		return entries.stream().filter(e -> e instanceof TraceEntry.Check || e instanceof TraceEntry.Race
				|| e instanceof TraceEntry.Step step && step.failed()).count();
	}
}
