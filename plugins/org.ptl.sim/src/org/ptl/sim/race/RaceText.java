package org.ptl.sim.race;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;

import org.ptl.sim.Errno;
import org.ptl.sim.monitor.Violation;

/**
 * A race report for people: what was explored, what each CPU saw, what failed, and an interleaving
 * as a table with one column per CPU (a row per step, the acting CPU's column filled, the events a
 * step had under each other), the rule a step broke under it.
 */
public final class RaceText {

	private static final int MAX_COLUMN = 64;

	private RaceText() {
	}

	public static List<String> summary(RaceReport report) {
		List<String> lines = new ArrayList<>();
		String time = String.format(Locale.ROOT, "%.3f s", report.nanos() / 1e9);
		if (report.mode() == RaceOptions.Mode.ALL) {
			lines.add(String.format(Locale.ROOT, "explored %,d states and %,d transitions: %,d interleavings, %,d final "
					+ "states, in %s (partial-order reduction %s; %,d events run in %,d runs)%s", report.states(),
					report.transitions(), report.interleavings(), report.finals(), time, report.reduction() ? "on" : "off",
					report.steps(), report.runs(),
					report.bounded() ? "; STOPPED at the state bound, not every interleaving was explored" : ""));
		} else {
			lines.add(String.format(Locale.ROOT, "ran %,d interleaving%s (%s), in %s: not every interleaving",
					report.interleavings(), report.interleavings() == 1 ? "" : "s",
					report.mode() == RaceOptions.Mode.FIRST ? "the first" : "drawn at random", time));
		}
		for (CpuSummary cpu : report.summaries()) {
			List<String> results = new ArrayList<>();
			for (SortedSet<Long> seen : cpu.results()) {
				List<String> texts = new ArrayList<>();
				seen.forEach(result -> texts.add(Errno.text(result)));
				results.add(texts.isEmpty() ? "nothing (it never returns)" : String.join(" or ", texts));
			}
			String retries = cpu.maxRetries() < 0 ? (report.mode() == RaceOptions.Mode.ALL ? "retries without bound" : "")
					: "retries at most " + cpu.maxRetries();
			lines.add(cpu.name() + ": returns " + String.join("; then ", results) + (retries.isEmpty() ? "" : "; " + retries)
					+ "; " + (cpu.terminates() ? "always finishes" : "may never finish (livelock)"));
		}
		if (report.failures().isEmpty()) {
			boolean livelock = report.summaries().stream().anyMatch(cpu -> !cpu.terminates());
			lines.add(report.bounded() ? "no failure in the states explored"
					: "holds in every interleaving" + (livelock ? " (the livelock is allowed)" : ""));
		}
		for (RaceFailure failure : report.failures()) {
			lines.add("FAILED: " + failure.message() + " (shortest interleaving: " + failure.schedule().length + " steps"
					+ (failure.cycle().length > 0 ? ", then a cycle of " + failure.cycle().length + " repeated for ever" : "")
					+ ")");
		}
		return lines;
	}

	/** The summary, then (when asked) the interleaving shown as a table under a line saying which it is. */
	public static List<String> lines(RaceReport report, boolean withTable) {
		List<String> lines = new ArrayList<>(summary(report));
		if (withTable) {
			lines.add(report.shownFailure() == null ? "the first interleaving:" : "the shortest interleaving that fails:");
			lines.addAll(table(report));
		}
		return lines;
	}

	/** The interleaving shown, as a table. */
	public static List<String> table(RaceReport report) {
		List<String> names = new ArrayList<>(report.cpus());
		boolean rcu = report.shown().stream().anyMatch(step -> step.cpu() < 0);
		if (rcu) {
			names.add("rcu");
		}
		int[] widths = new int[names.size()];
		for (int c = 0; c < names.size(); c++) {
			widths[c] = names.get(c).length();
		}
		for (StepRecord step : report.shown()) {
			int column = column(step, report.cpus().size());
			for (String event : step.events()) {
				widths[column] = Math.min(MAX_COLUMN, Math.max(widths[column], event.length()));
			}
		}
		List<String> lines = new ArrayList<>();
		lines.add(row("step", names, widths));
		int number = 0;
		for (StepRecord step : report.shown()) {
			number++;
			int column = column(step, report.cpus().size());
			List<String> events = step.events().isEmpty() ? List.of("") : step.events();
			for (int i = 0; i < events.size(); i++) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < names.size(); c++) {
					cells.add(c == column ? events.get(i) : "");
				}
				lines.add(row(i == 0 ? Integer.toString(number) : "", cells, widths));
			}
			for (Violation violation : step.violations()) {
				lines.add("      ^ " + violation.text());
			}
		}
		return lines;
	}

	private static int column(StepRecord step, int cpus) {
		return step.cpu() < 0 ? cpus : step.cpu();
	}

	private static String row(String first, List<String> cells, int[] widths) {
		StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%5s", first));
		for (int c = 0; c < cells.size(); c++) {
			String cell = cells.get(c);
			row.append("  ").append(cell);
			if (c < cells.size() - 1) {
				row.append(" ".repeat(Math.max(0, widths[c] - cell.length())));
			}
		}
		return row.toString().stripTrailing();
	}
}
