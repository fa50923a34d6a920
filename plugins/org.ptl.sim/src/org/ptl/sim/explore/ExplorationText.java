package org.ptl.sim.explore;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;


/**
 * An exploration for people, as SPIN's pan prints its runs: the verdict first (the invariants hold,
 * or the shortest trace to the state that breaks one, written as scenario steps, or the bound that
 * stopped the search), then the statistics, then notes.
 */
public final class ExplorationText {

	private ExplorationText() {
	}

	public static void print(PrintWriter out, String where, List<String> invariants, ExplorationResult result) {
		ExplorationResult.Statistics stats = result.statistics();
		String members = stats.members() != null ? "members " + stats.members()
				: stats.familyMembers() + (stats.familyMembers() == 1 ? " member" : " members") + " per family";
		out.println(result.model() + " (" + where + "): " + stats.pages() + (stats.pages() == 1 ? " page, " : " pages, ")
				+ members + ", symmetry " + (stats.symmetry() ? "on" : "off"));
		switch (result.verdict()) {
		case HOLDS -> out.println("  " + (invariants.isEmpty() ? "no invariant to check; every reachable state explored"
				: (invariants.size() == 1 ? "invariant " : "invariants ") + String.join(", ", invariants)
						+ (invariants.size() == 1 ? " holds" : " hold") + " in every reachable state"));
		case VIOLATED -> trace(out, result);
		case BOUNDED -> out.println("  stopped: " + result.bound());
		}
		if (!result.stuckPages().isEmpty()) {
			out.println("  page values no transition leaves:");
			result.stuckPages().forEach(page -> out.println("    " + page));
		}
		out.println();
		String unreduced = stats.symmetry() && stats.unreducedStates() > stats.states()
				? " (canonical; " + Counts.count(stats.unreducedStates()) + " without symmetry, "
						+ String.format(Locale.ROOT, "%.1f%%", 100 * stats.symmetrySaving()) + " saved)"
				: "";
		line(out, "states stored", Counts.count(stats.states()) + unreduced);
		line(out, "transitions", Counts.count(stats.transitions()));
		line(out, "depth reached", Integer.toString(stats.depth()));
		line(out, "page values", Integer.toString(stats.pageValues()));
		if (stats.globalValues() > 1) {
			line(out, "global values", Integer.toString(stats.globalValues()));
		}
		line(out, "state vector", stats.stateBits() + " bits");
		line(out, "bytes per state", String.format(Locale.ROOT, "%.1f", stats.bytesPerState()));
		line(out, "states per second", Counts.rate(stats.statesPerSecond()));
		line(out, "wall time", String.format(Locale.ROOT, "%.3f s", stats.elapsedNanos() / 1e9));
		result.notes().forEach(note -> out.println("  note: " + note));
		out.println();
	}

	private static void trace(PrintWriter out, ExplorationResult result) {
		int steps = result.trace().size();
		if (result.deadlock()) {
			out.println("  deadlock after " + steps + (steps == 1 ? " step" : " steps")
					+ " (the shortest trace): no transition is enabled");
		} else {
			out.println("  " + (result.broken().size() == 1 ? "invariant " : "invariants ")
					+ String.join(", ", result.broken()) + " broken " + (steps == 0 ? "in the initial state"
							: "after " + steps + (steps == 1 ? " step" : " steps") + " (the shortest trace):"));
		}
		int width = result.trace().stream().mapToInt(step -> step.text().length()).max().orElse(0);
		for (int i = 0; i < steps; i++) {
			TraceStep step = result.trace().get(i);
			out.printf(Locale.ROOT, "  %3d  %-" + width + "s   %s%n", i + 1, step.text(),
					String.join(", ", step.changes().stream().map(Object::toString).toList()));
		}
		out.println("  then " + result.finalPage());
	}

	private static void line(PrintWriter out, String label, String value) {
		out.printf(Locale.ROOT, "  %-18s %s%n", label, value);
	}
}
