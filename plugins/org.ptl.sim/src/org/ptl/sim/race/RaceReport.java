package org.ptl.sim.race;

import java.util.List;

/**
 * What running a concurrent block found: how much of the state space (states, transitions, complete
 * interleavings, final states, time, whether partial-order reduction was on and whether a bound
 * stopped the search), what failed with its shortest schedule, what each CPU saw, and one
 * interleaving step by step (the shortest failing one, else the first), for the reader.
 *
 * @param cpus           the CPUs' names
 * @param mode           how the interleavings were chosen
 * @param states         distinct states
 * @param transitions    transitions explored
 * @param interleavings  complete interleavings the explored graph holds (saturates at Long.MAX_VALUE)
 * @param finals         distinct final states
 * @param nanos          time spent exploring
 * @param reduction      whether partial-order reduction was on
 * @param bounded        whether the state bound stopped the search
 * @param failures       what failed, one per kind and message, shortest schedule first
 * @param summaries      per CPU
 * @param shown          the interleaving shown, step by step
 * @param shownFailure   the failure that interleaving shows, or null
 * @param steps          atomic events run in all, replays included
 * @param runs           runs started from the beginning
 * @param prologue       the table as the CPUs found it, as monitor events (for a trace of {@code shown})
 */
public record RaceReport(List<String> cpus, RaceOptions.Mode mode, long states, long transitions, long interleavings,
		long finals, long nanos, boolean reduction, boolean bounded, List<RaceFailure> failures,
		List<CpuSummary> summaries, List<StepRecord> shown, RaceFailure shownFailure, long steps, long runs,
		List<org.ptl.sim.monitor.BbmEvent> prologue) {

	public boolean passed() {
		return failures.isEmpty() && !bounded;
	}

	/** Equal reports found the same; the time they took and the objects of their prologue do not count. */
	@Override
	public boolean equals(Object other) {
		return other instanceof RaceReport that && cpus.equals(that.cpus) && mode == that.mode && states == that.states
				&& transitions == that.transitions && interleavings == that.interleavings && finals == that.finals
				&& reduction == that.reduction && bounded == that.bounded && failures.equals(that.failures)
				&& summaries.equals(that.summaries) && shown.toString().equals(that.shown.toString())
				&& steps == that.steps && runs == that.runs && prologue.size() == that.prologue.size();
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(cpus, mode, states, transitions, interleavings, finals, summaries);
	}
}
