package org.ptl.ui.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.ptl.sim.conform.ConformanceFinding;

/**
 * The problem markers a trace conformance check leaves on the trace file: one per finding, at the
 * line its record starts on, of type {@value #TYPE} (a problem and text marker, apart from the .ptl
 * builder's markers so that a build never removes them), with the check id in
 * {@link ProblemMarkers#CHECK_ID} and the record's id and source location in the message.
 */
public final class TraceMarkers {

	public static final String TYPE = "org.ptl.ui.traceProblem";

	private TraceMarkers() {
	}

	/** Replaces the trace's markers by the findings' (a check that finds nothing leaves none). */
	public static void replace(IFile trace, List<ConformanceFinding> findings) throws CoreException {
		trace.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (ConformanceFinding finding : findings) {
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, finding.message() + " (" + finding.where() + ") [" + finding.check().id() + "]");
			attributes.put(IMarker.SEVERITY, finding.warning() ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_ERROR);
			attributes.put(IMarker.LINE_NUMBER, (int) Math.min(Integer.MAX_VALUE, Math.max(1, finding.line())));
			attributes.put(ProblemMarkers.CHECK_ID, finding.check().id());
			attributes.put(IMarker.SOURCE_ID, "PTL");
			trace.createMarker(TYPE, attributes);
		}
	}
}
