package org.ptl.ui.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The problem markers the builder writes: one per diagnostic, of type {@value #TYPE} (a problem
 * and text marker, so the Problems view, the editor's rulers and the launch's "errors in project"
 * check all see it), with the check id in {@value #CHECK_ID} for quick fixes and filters.
 */
public final class ProblemMarkers {

	public static final String TYPE = "org.ptl.ui.problem";
	public static final String CHECK_ID = "checkId";
	/** The issue data the validator attached (for quick fixes), joined with newlines. */
	public static final String DATA = "issueData";

	private ProblemMarkers() {
	}

	/** Replaces the file's markers by the issues' (the ones fixed disappear). */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			Map<String, Object> attributes = new HashMap<>();
			String check = issue.getCode() == null ? "ptl" : issue.getCode();
			attributes.put(IMarker.MESSAGE, issue.getMessage() + " [" + check + "]");
			attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
			});
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber() == null ? 1 : Math.max(1, issue.getLineNumber()));
			if (issue.getOffset() != null && issue.getLength() != null) {
				attributes.put(IMarker.CHAR_START, issue.getOffset());
				attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
			}
			attributes.put(CHECK_ID, check);
			if (issue.getData() != null && issue.getData().length > 0) {
				attributes.put(DATA, String.join("\n", issue.getData()));
			}
			attributes.put(IMarker.SOURCE_ID, "PTL");
			file.createMarker(TYPE, attributes);
		}
	}
}
