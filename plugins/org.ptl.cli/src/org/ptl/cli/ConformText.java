package org.ptl.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.ptl.sim.conform.ConformanceFinding;
import org.ptl.sim.conform.ConformanceReport;
import org.ptl.sim.conform.Maplet;

/**
 * A conformance report as text: each finding GCC-style at its trace line
 * ({@code trace.log:12: error: BBM valid->valid: ... [bbm.valid-to-valid]}) with the record's id and
 * source location and any detail lines, then a summary, then (when asked) each table's abstract view.
 */
final class ConformText {

	private ConformText() {
	}

	static void print(PrintWriter out, String trace, String binding, ConformanceReport report, boolean views) {
		printFindings(out, trace, report);
		out.println(trace + ": " + report.records() + " records, tables " + String.join(", ", report.tables())
				+ "; binding " + binding + ": " + report.errors() + " error" + (report.errors() == 1 ? "" : "s") + ", "
				+ report.warnings() + " warning" + (report.warnings() == 1 ? "" : "s") + ": "
				+ (report.conforms() ? "conforms" : "does not conform"));
		if (views) {
			for (Map.Entry<String, List<Maplet>> view : report.views().entrySet()) {
				out.println(view.getKey() + ":");
				if (view.getValue().isEmpty()) {
					out.println("  (nothing mapped or annotated)");
				}
				view.getValue().forEach(maplet -> out.println("  " + maplet.text()));
			}
		}
	}

	static void printFindings(PrintWriter out, String trace, ConformanceReport report) {
		for (ConformanceFinding finding : report.findings()) {
			out.println(trace + ":" + finding.line() + ": " + (finding.warning() ? "warning" : "error") + ": "
					+ finding.message() + " [" + finding.check().id() + "]");
			if (finding.record() >= 0 || !finding.src().isEmpty()) {
				out.println("  at record " + finding.record() + (finding.src().isEmpty() ? "" : ", src " + finding.src()));
			}
			finding.details().forEach(detail -> out.println("  " + detail));
		}
		if (report.omitted() > 0) {
			out.println(trace + ": " + report.omitted() + " more findings not listed (the first "
					+ org.ptl.sim.conform.ConformanceRun.MAX_FINDINGS + " are)");
		}
		out.flush();
	}
}
