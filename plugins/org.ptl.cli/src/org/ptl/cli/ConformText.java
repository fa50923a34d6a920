package org.ptl.cli;

import java.io.PrintWriter;

import org.ptl.sim.conform.ConformanceReport;
import org.ptl.sim.conform.ConformanceText;

/** Prints a conformance report as text ({@link ConformanceText}, the same lines the IDE's console shows). */
final class ConformText {

	private ConformText() {
	}

	static void print(PrintWriter out, String trace, String binding, ConformanceReport report, boolean views) {
		ConformanceText.lines(trace, binding, report, views).forEach(out::println);
	}

	static void printFindings(PrintWriter out, String trace, ConformanceReport report) {
		ConformanceText.findings(trace, report).forEach(out::println);
		out.flush();
	}
}
