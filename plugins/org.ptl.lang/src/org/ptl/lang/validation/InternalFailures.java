package org.ptl.lang.validation;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.Logger;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;

/**
 * Failures of PTL itself met while validating one resource: an exception thrown by a check, by
 * scoping or by the linker. Xtext logs such exceptions and goes on, which would hide them or, worse,
 * turn them into a "syntax error"; PTL collects them instead and reports each as an issue with the
 * code {@link #CODE}, which no face shows as a finding: the command line says "internal error" and
 * exits 2, the IDE shows it as a failure of the tool.
 */
public final class InternalFailures {

	/** The code of an issue that reports a failure of PTL, not a problem of the file. */
	public static final String CODE = "internal.error";

	/** The key under which the failures of the current validation sit in a validator's context. */
	public static final Object KEY = InternalFailures.class;

	private static final Logger LOG = Logger.getLogger(InternalFailures.class);

	private final List<Issue> issues = new ArrayList<>();

	/** Records that {@code failure} happened while working on {@code element} (null when unknown). */
	public synchronized void add(EObject element, Throwable failure) {
		// the whole stack trace, for whoever debugs PTL (the issue carries one line)
		LOG.debug("internal failure", failure);
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(CODE);
		issue.setSeverity(Severity.ERROR);
		issue.setMessage(describe(failure));
		ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
		if (node != null) {
			issue.setOffset(node.getOffset());
			issue.setLength(node.getLength());
			issue.setLineNumber(node.getStartLine());
			issue.setColumn(1);
		} else {
			issue.setLineNumber(1);
			issue.setColumn(1);
		}
		if (element != null && element.eResource() != null) {
			issue.setUriToProblem(element.eResource().getURIFragment(element) == null ? null
					: element.eResource().getURI().appendFragment(element.eResource().getURIFragment(element)));
		}
		issues.add(issue);
	}

	public synchronized List<Issue> issues() {
		return List.copyOf(issues);
	}

	/** Whether an issue reports a failure of PTL rather than a problem of the file. */
	public static boolean isInternal(Issue issue) {
		return CODE.equals(issue.getCode());
	}

	/** The exception as one line: its type, its message, and where it was thrown. */
	public static String describe(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause
				&& (cause instanceof org.eclipse.emf.common.util.WrappedException
						|| cause instanceof java.lang.reflect.InvocationTargetException)) {
			cause = cause.getCause();
		}
		StringBuilder text = new StringBuilder(cause.getClass().getName());
		if (cause.getMessage() != null) {
			text.append(": ").append(cause.getMessage().replace('\n', ' '));
		}
		StackTraceElement[] frames = cause.getStackTrace();
		StackTraceElement where = frames.length == 0 ? null : frames[0];
		for (StackTraceElement frame : frames) {
			if (frame.getClassName().startsWith("org.ptl.")) {
				where = frame;
				break;
			}
		}
		if (where != null) {
			text.append(" (at ").append(where.getClassName()).append('.').append(where.getMethodName()).append(':')
					.append(where.getLineNumber()).append(')');
		}
		return text.toString();
	}
}
