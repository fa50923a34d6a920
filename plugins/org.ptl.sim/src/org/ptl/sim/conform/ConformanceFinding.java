package org.ptl.sim.conform;

import java.util.List;

/**
 * One finding on a trace, located at the record that caused it.
 *
 * @param check   what was broken
 * @param line    the line of the trace the record starts on
 * @param record  the record's id, or -1
 * @param src     the record's source location in the traced program, or ""
 * @param message one line: the check's message and what it is about
 * @param details further lines (states before and after, the nearest transitions), possibly none
 */
public record ConformanceFinding(ConformanceCheck check, long line, long record, String src, String message,
		List<String> details) {

	public boolean warning() {
		return check.warning();
	}

	/** "line 12, record 7 (file.c:33)". */
	public String where() {
		return "line " + line + (record >= 0 ? ", record " + record : "") + (src.isEmpty() ? "" : " (" + src + ")");
	}
}
