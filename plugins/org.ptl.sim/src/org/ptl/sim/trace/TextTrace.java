package org.ptl.sim.trace;

import java.io.PrintWriter;
import java.util.List;

import org.ptl.sim.race.RaceText;

/**
 * Renders traces for people, the text the command line prints and the Eclipse console shows: each
 * step with its result, the entries it changed (table, level, index, address, old -> new, changed
 * fields; the middle of a long list
 * is summarised unless verbose) and the states it changed; each expectation with its verdict; a summary per scenario.
 */
public final class TextTrace {

	/** A step that changes more entries than this shows the first and last few unless verbose. */
	private static final int SHORT_LIST = 12;
	private static final int SHORT_HEAD = 8;
	private static final int SHORT_TAIL = 2;

	private TextTrace() {
	}

	public static void print(PrintWriter out, List<ScenarioTrace> traces, boolean verbose) {
		for (ScenarioTrace trace : traces) {
			scenario(out, trace, verbose);
		}
		long passed = traces.stream().filter(ScenarioTrace::passed).count();
		out.println(traces.size() + (traces.size() == 1 ? " scenario: " : " scenarios: ") + passed + " passed, "
				+ (traces.size() - passed) + " failed");
		out.flush();
	}

	private static void scenario(PrintWriter out, ScenarioTrace trace, boolean verbose) {
		out.println("scenario " + trace.name() + (trace.description() == null ? "" : ": " + trace.description()));
		if (trace.error() != null) {
			out.println("  cannot run: " + trace.error());
			out.println("  FAILED");
			out.println();
			return;
		}
		for (TraceEntry entry : trace.entries()) {
			if (entry instanceof TraceEntry.Step step) {
				step(out, step, verbose);
			} else if (entry instanceof TraceEntry.Race race) {
				out.println("  " + location(race.line()) + race.text());
				RaceText.lines(race.report(), verbose || !race.report().failures().isEmpty())
						.forEach(line -> out.println("      " + line));
			} else if (entry instanceof TraceEntry.Check check) {
				out.println("  " + location(check.line()) + "expect " + strip(check.text()) + "  "
						+ (check.passed() ? "ok" : "FAILED: " + check.detail()));
			}
		}
		out.println(trace.passed() ? "  passed (" + trace.checks() + " expectations hold)"
				: "  FAILED (" + trace.failures() + " of " + trace.checks() + " expectations or invariants fail)");
		out.println();
	}

	private static void step(PrintWriter out, TraceEntry.Step step, boolean verbose) {
		out.println("  " + location(step.line()) + step.text() + "  -> " + step.result());
		List<PteChange> ptes = step.ptes();
		boolean shorten = !verbose && ptes.size() > SHORT_LIST;
		for (int i = 0; i < ptes.size(); i++) {
			if (shorten && i == SHORT_HEAD) {
				int skipped = ptes.size() - SHORT_HEAD - SHORT_TAIL;
				out.println("      ... " + skipped + " more entries changed (-v shows them all)");
				i = ptes.size() - SHORT_TAIL;
			}
			PteChange change = ptes.get(i);
			out.printf("      %s L%d[%d] 0x%x: 0x%016x -> 0x%016x%s%n", change.table(), change.level(), change.index(),
					change.address(), change.before(), change.after(),
					change.fields().isEmpty() ? "" : "  " + String.join(", ", change.fields()));
		}
		for (StateChange change : step.states()) {
			out.println("      " + change.subject() + ": " + change.before() + " -> " + change.after());
		}
		if (verbose) {
			step.events().forEach(event -> out.println("      " + event));
		}
		step.violations().forEach(violation -> out.println("      INVARIANT BROKEN: " + violation));
		step.monitor().forEach(violation -> out.println("      BREAK-BEFORE-MAKE: " + violation.text()));
	}

	private static String location(int line) {
		return line > 0 ? String.format("%4d  ", line) : "";
	}

	private static String strip(String text) {
		return text.startsWith("expect ") ? text.substring("expect ".length()) : text;
	}
}
