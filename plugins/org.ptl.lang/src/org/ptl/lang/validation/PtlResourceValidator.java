package org.ptl.lang.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.ExceptionDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.AbstractInjectableValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.eclipse.xtext.validation.impl.ConcreteSyntaxEValidator;

import com.google.inject.Inject;

/**
 * Validates a PTL resource the way every face reports it (command line, Eclipse builder, language
 * server): Xtext's syntax, linking and {@code @Check} diagnostics, each then given the severity the
 * {@link SeverityPolicy} decides for its check, and dropped when that check is set to ignore.
 * Unlike Xtext's own validator it never swallows an exception: a failure of scoping, linking or a
 * check becomes an {@link InternalFailures} issue, and every other check still runs.
 */
public class PtlResourceValidator extends ResourceValidatorImpl {

	@Inject
	private SeverityPolicy policy;

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator cancel) {
		CancelIndicator monitor = cancel == null ? CancelIndicator.NullImpl : cancel;
		InternalFailures failures = new InternalFailures();
		List<Issue> issues = new ArrayList<>();
		IAcceptor<Issue> acceptor = createAcceptor(issues);
		resolveReferences(resource, monitor, failures);
		if (mode.shouldCheck(CheckType.FAST)) {
			collectDiagnostics(resource, resource.getErrors(), Severity.ERROR, acceptor, failures);
			collectDiagnostics(resource, resource.getWarnings(), Severity.WARNING, acceptor, failures);
		}
		for (EObject root : List.copyOf(resource.getContents())) {
			getOperationCanceledManager().checkCanceled(monitor);
			validateRoot(resource, root, mode, monitor, acceptor, failures);
		}
		issues.addAll(failures.issues());
		return adjusted(resource, issues);
	}

	/** Resolves every cross reference, one at a time, so that one failing reference hides no other. */
	private void resolveReferences(Resource resource, CancelIndicator monitor, InternalFailures failures) {
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			getOperationCanceledManager().checkCanceled(monitor);
			EObject element = all.next();
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
					continue;
				}
				try {
					Object value = element.eGet(reference, true);
					if (value instanceof List<?> list) {
						for (int i = 0; i < list.size(); i++) {
							list.get(i);
						}
					}
				} catch (RuntimeException failure) {
					getOperationCanceledManager().propagateAsErrorIfCancelException(failure);
					failures.add(element, failure);
				}
			}
		}
	}

	/** Syntax and linking diagnostics; an exception the linker recorded as one is a failure of PTL. */
	private void collectDiagnostics(Resource resource, List<Resource.Diagnostic> diagnostics, Severity severity,
			IAcceptor<Issue> acceptor, InternalFailures failures) {
		for (Resource.Diagnostic diagnostic : List.copyOf(diagnostics)) {
			if (diagnostic instanceof ExceptionDiagnostic thrown) {
				failures.add(null, thrown.getException());
			} else if (diagnostic instanceof AbstractDiagnostic located && resource instanceof XtextResource xtext
					&& xtext.getParseResult() != null) {
				acceptor.accept(ResourceDiagnosticIssues.of(located, severity, xtext.getParseResult().getRootNode()));
			} else {
				issueFromXtextResourceDiagnostic(diagnostic, severity, acceptor);
			}
		}
	}

	private void validateRoot(Resource resource, EObject root, CheckMode mode, CancelIndicator monitor,
			IAcceptor<Issue> acceptor, InternalFailures failures) {
		Map<Object, Object> options = new HashMap<>();
		options.put(CheckMode.KEY, mode);
		options.put(CancelableDiagnostician.CANCEL_INDICATOR, monitor);
		// parsed text always follows the concrete syntax; where it does not, the parser has said so
		options.put(ConcreteSyntaxEValidator.DISABLE_CONCRETE_SYNTAX_EVALIDATOR, Boolean.TRUE);
		options.put(EValidator.class, getDiagnostician());
		options.put(InternalFailures.KEY, failures);
		if (resource instanceof XtextResource xtext) {
			options.put(AbstractInjectableValidator.CURRENT_LANGUAGE_NAME, xtext.getLanguageName());
		}
		try {
			Diagnostic diagnostic = getDiagnostician().validate(root, options);
			if (diagnostic.getChildren().isEmpty()) {
				issueFromEValidatorDiagnostic(diagnostic, acceptor);
			} else {
				diagnostic.getChildren().forEach(child -> issueFromEValidatorDiagnostic(child, acceptor));
			}
		} catch (RuntimeException failure) {
			getOperationCanceledManager().propagateAsErrorIfCancelException(failure);
			failures.add(root, failure);
		}
	}

	private List<Issue> adjusted(Resource resource, List<Issue> issues) {
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
