package org.ptl.sim.trace;

import java.io.PrintWriter;
import java.util.List;

/**
 * Renders traces for people, the text the command line prints and the Eclipse console shows: each
 * step with its result, the entries it changed (table, level, index, address, old -> new, changed
 * fields) and the states it changed; each expectation with its verdict; a summary per scenario.
 */
public final class TextTrace {

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
		for (PteChange change : step.ptes()) {
			out.printf("      %s L%d[%d] 0x%x: 0x%016x -> 0x%016x%s%n", change.table(), change.level(), change.index(),
					change.address(), change.before(), change.after(),
					change.fields().isEmpty() ? "" : "  " + String.join(", ", change.fields()));
		}
		for (StateChange change : step.states()) {
			out.println("      state " + change.component() + " page " + change.page() + ": " + change.before() + " -> "
					+ change.after());
		}
		if (verbose) {
			step.events().forEach(event -> out.println("      " + event));
		}
		step.violations().forEach(violation -> out.println("      INVARIANT BROKEN: " + violation));
	}

	private static String location(int line) {
		return line > 0 ? String.format("%4d  ", line) : "";
	}

	private static String strip(String text) {
		return text.startsWith("expect ") ? text.substring("expect ".length()) : text;
	}
}
