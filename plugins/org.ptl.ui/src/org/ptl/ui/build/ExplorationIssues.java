package org.ptl.ui.build;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;
import org.ptl.lang.util.LoadedElements;
import org.ptl.lang.validation.PtlCheck;
import org.ptl.lang.validation.SeverityPolicy;
import org.ptl.model.OwnershipModel;
import org.ptl.sim.explore.OwnershipProof;

/**
 * The diagnostics exploration adds to a file's, as {@code ptl check} reports them: each ownership
 * model of a file without errors is explored with small bounds ({@link OwnershipProof}); a broken
 * invariant is {@code ownership.invariant-broken} at the transition of the last step, a search the
 * bounds stopped is {@code ownership.not-proven}. Each layout is proved for every input with a
 * bounded effort: a counterexample is {@code layout.counterexample} where it breaks, a proof out of
 * time {@code layout.not-proven}. The file's severity directives apply.
 */
final class ExplorationIssues {

	private final SeverityPolicy policy;

	ExplorationIssues(SeverityPolicy policy) {
		this.policy = policy;
	}

	List<Issue> of(Resource resource, List<Issue> sofar) {
		List<Issue> issues = new ArrayList<>();
		if (!resource.getErrors().isEmpty() || sofar.stream().anyMatch(issue -> issue.getSeverity() == Severity.ERROR)) {
			return issues;
		}
		for (OwnershipModel model : LoadedElements.in(List.of(resource), OwnershipModel.class)) {
			OwnershipProof proof = OwnershipProof.of(model);
			switch (proof.verdict()) {
			case VIOLATED -> add(issues, resource, proof.at(), proof.message(), PtlCheck.OWNERSHIP_INVARIANT_BROKEN);
			case BOUNDED -> add(issues, resource, proof.at(), proof.message(), PtlCheck.OWNERSHIP_NOT_PROVEN);
			case HOLDS -> {
				// proved within the bounds: nothing to say
			}
			}
		}
		for (org.ptl.model.Layout layout : LoadedElements.in(List.of(resource), org.ptl.model.Layout.class)) {
			org.ptl.sim.layout.LayoutProof proof = org.ptl.sim.layout.LayoutProver.forChecks().prove(layout);
			for (org.ptl.sim.layout.LayoutProof.Result violation : proof.violations()) {
				add(issues, resource, violation.element(), org.ptl.sim.layout.LayoutProofText.counterexample(layout, violation),
						PtlCheck.LAYOUT_COUNTEREXAMPLE);
			}
			if (proof.verdict() == org.ptl.sim.layout.LayoutProof.Verdict.UNKNOWN) {
				add(issues, resource, layout, org.ptl.sim.layout.LayoutProver.notProvedByCheck(layout,
						"Run As > PTL Exploration (or ptl explore) proves it"), PtlCheck.LAYOUT_NOT_PROVEN);
			}
		}
		return issues;
	}

	private void add(List<Issue> issues, Resource resource, org.eclipse.emf.ecore.EObject at, String message, PtlCheck check) {
		Severity severity = policy.severityFor(check, resource);
		if (severity == Severity.IGNORE) {
			return;
		}
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(check.id());
		issue.setMessage(message);
		issue.setSeverity(severity);
		ICompositeNode node = NodeModelUtils.findActualNodeFor(at);
		if (node != null) {
			issue.setOffset(node.getOffset());
			issue.setLength(node.getLength());
			issue.setLineNumber(node.getStartLine());
			issue.setColumn(NodeModelUtils.getLineAndColumn(node, node.getOffset()).getColumn());
		} else {
			issue.setLineNumber(1);
		}
		issues.add(issue);
	}
}
