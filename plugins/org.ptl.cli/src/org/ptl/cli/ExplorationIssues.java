package org.ptl.cli;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.ptl.lang.ide.server.DeferredChecks;
import org.ptl.lang.util.LoadedElements;
import org.ptl.lang.util.TextPositions;
import org.ptl.lang.validation.SeverityPolicy;
import org.ptl.model.Layout;
import org.ptl.model.OwnershipModel;

import com.google.inject.Inject;

/**
 * The language server's deferred checks: the exploration and layout proofs of {@code ptl check}
 * ({@link ExplorationCheck}) as issues of the file, for files whose validation found no error, with
 * the severities the file's directives and the server's settings give them.
 */
final class ExplorationIssues implements DeferredChecks {

	@Inject
	private SeverityPolicy policy;

	@Override
	public boolean appliesTo(XtextResource resource, List<Issue> validation) {
		return validation.stream().noneMatch(issue -> issue.getSeverity() == Severity.ERROR)
				&& (!LoadedElements.in(List.of(resource), OwnershipModel.class).isEmpty()
						|| !LoadedElements.in(List.of(resource), Layout.class).isEmpty());
	}

	@Override
	public List<Issue> check(XtextResource resource, List<Issue> validation, CancelIndicator cancel) {
		List<Issue> issues = new ArrayList<>();
		if (validation.stream().anyMatch(issue -> issue.getSeverity() == Severity.ERROR)) {
			return issues;
		}
		for (ExplorationCheck.Explored explored : new ExplorationCheck(policy).of(resource)) {
			issues.add(issue(explored));
		}
		return issues;
	}

	private static Issue issue(ExplorationCheck.Explored explored) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(explored.check().id());
		issue.setMessage(explored.message());
		issue.setSeverity(switch (explored.level()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		});
		ICompositeNode node = NodeModelUtils.findActualNodeFor(explored.at());
		int offset = node == null ? 0 : node.getOffset();
		int length = node == null ? 0 : node.getLength();
		String text = node == null ? "" : node.getRootNode().getText();
		int[] start = TextPositions.lineAndColumn(text, offset);
		int[] end = TextPositions.lineAndColumn(text, offset + length);
		issue.setOffset(offset);
		issue.setLength(length);
		issue.setLineNumber(start[0]);
		issue.setColumn(start[1]);
		issue.setLineNumberEnd(end[0]);
		issue.setColumnEnd(end[1]);
		return issue;
	}
}
