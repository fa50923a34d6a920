package org.ptl.sim.conform;

import java.util.List;
import java.util.Map;

/**
 * What checking a trace found: how many records were read and checked, the findings (errors and
 * warnings, in trace order; at most {@link ConformanceRun#MAX_FINDINGS}, with the count of those
 * left out), and each table's abstract view at the end of the trace.
 *
 * @param records   records read (malformed ones included)
 * @param findings  the findings kept
 * @param omitted   findings not kept (beyond the limit), all counted in {@code errors}/{@code warnings}
 * @param errors    findings that make the trace fail
 * @param warnings  findings that do not
 * @param tables    the tables the trace installed, by name
 * @param views     each table's abstract view at the end, by table name
 */
public record ConformanceReport(long records, List<ConformanceFinding> findings, long omitted, long errors,
		long warnings, List<String> tables, Map<String, List<Maplet>> views) {

	/** Whether the trace conforms: no finding but warnings. */
	public boolean conforms() {
		return errors == 0;
	}

	/** Whether anything could be checked (some record read, some table installed). */
	public boolean checkedAnything() {
		return records > 0 && !tables.isEmpty();
	}
}
