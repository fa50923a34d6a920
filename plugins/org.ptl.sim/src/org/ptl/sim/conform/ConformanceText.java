package org.ptl.sim.conform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A conformance report as lines of text, for the command line and the IDE's console alike: each
 * finding GCC-style at its trace line ({@code trace.log:12: error: BBM valid->valid: ...
 * [bbm.valid-to-valid]}) with its record and source location and any detail lines, then a summary,
 * then (when asked) each table's abstract view.
 */
public final class ConformanceText {

	private ConformanceText() {
	}

	public static List<String> lines(String trace, String binding, ConformanceReport report, boolean views) {
		List<String> lines = findings(trace, report);
		lines.add(trace + ": " + report.records() + " records, tables " + String.join(", ", report.tables())
				+ "; binding " + binding + ": " + plural(report.errors(), "error") + ", "
				+ plural(report.warnings(), "warning") + ": " + (report.conforms() ? "conforms" : "does not conform"));
		if (views) {
			for (Map.Entry<String, List<Maplet>> view : report.views().entrySet()) {
				lines.add(view.getKey() + ":");
				if (view.getValue().isEmpty()) {
					lines.add("  (nothing mapped or annotated)");
				}
				view.getValue().forEach(maplet -> lines.add("  " + maplet.text()));
			}
		}
		return lines;
	}

	/** The findings alone (and how many were left out). */
	public static List<String> findings(String trace, ConformanceReport report) {
		List<String> lines = new ArrayList<>();
		for (ConformanceFinding finding : report.findings()) {
			lines.add(trace + ":" + finding.line() + ": " + (finding.warning() ? "warning" : "error") + ": "
					+ finding.message() + " [" + finding.check().id() + "]");
			if (finding.record() >= 0 || !finding.src().isEmpty()) {
				lines.add("  at record " + finding.record() + (finding.src().isEmpty() ? "" : ", src " + finding.src()));
			}
			finding.details().forEach(detail -> lines.add("  " + detail));
		}
		if (report.omitted() > 0) {
			lines.add(trace + ": " + report.omitted() + " more findings not listed (the first " + ConformanceRun.MAX_FINDINGS
					+ " are)");
		}
		return lines;
	}

	private static String plural(long count, String word) {
		return count + " " + word + (count == 1 ? "" : "s");
	}
}
