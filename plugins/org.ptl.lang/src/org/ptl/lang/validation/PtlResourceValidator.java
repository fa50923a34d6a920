package org.ptl.lang.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

import com.google.inject.Inject;

/**
 * Validates a PTL resource the way every face reports it (command line, Eclipse builder, language
 * server): Xtext's syntax, linking and {@code @Check} diagnostics, each then given the severity the
 * {@link SeverityPolicy} decides for its check, and dropped when that check is set to ignore.
 */
public class PtlResourceValidator extends ResourceValidatorImpl {

	@Inject
	private SeverityPolicy policy;

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator cancel) {
		List<Issue> issues = super.validate(resource, mode, cancel);
		List<Issue> adjusted = new ArrayList<>(issues.size());
		for (Issue issue : issues) {
			Optional<PtlCheck> check = PtlCheck.byId(issue.getCode());
			if (check.isEmpty()) {
				adjusted.add(issue);
				continue;
			}
			Severity severity = policy.severityFor(check.get(), resource);
			if (severity != Severity.IGNORE) {
				adjusted.add(withSeverity(issue, severity));
			}
		}
		return adjusted;
	}

	private static Issue withSeverity(Issue issue, Severity severity) {
		if (issue.getSeverity() == severity || !(issue instanceof Issue.IssueImpl impl)) {
			return issue;
		}
		impl.setSeverity(severity);
		return impl;
	}
}
