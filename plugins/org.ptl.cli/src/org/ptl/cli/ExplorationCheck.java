package org.ptl.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.ptl.cli.SourceFiles.Source;
import org.ptl.lang.validation.PtlCheck;
import org.ptl.lang.validation.SeverityPolicy;
import org.ptl.model.Invariant;
import org.ptl.model.OwnershipModel;
import org.ptl.model.SeverityLevel;
import org.ptl.model.Transition;
import org.ptl.sim.explore.ExplorationOptions;
import org.ptl.sim.explore.ExplorationResult;
import org.ptl.sim.explore.Explorer;
import org.ptl.sim.explore.TraceStep;

/**
 * The part of {@code ptl check} that explores every ownership model of the checked files with small
 * bounds (2 pages, 2 members per family, {@value #MAX_STATES} states, a second): an invariant that a
 * sequence of transitions breaks becomes a diagnostic at the transition of the last step, with the
 * counterexample in its message; a search the bounds stopped is reported as not proven. It lives
 * here, not among the language's validators, because the language must not depend on the engine.
 * Models in files with errors are not explored: their meaning is not settled.
 */
final class ExplorationCheck {

	static final int MAX_STATES = 100_000;

	private static final ExplorationOptions BOUNDS = ExplorationOptions.defaults().withPages(2).withFamilyMembers(2)
			.withMaxStates(MAX_STATES).withTimeLimitNanos(Duration.ofSeconds(1).toNanos()).withThreads(1);

	private final SeverityPolicy policy;

	ExplorationCheck(SeverityPolicy policy) {
		this.policy = policy;
	}

	/** The findings for the ownership models of the sources; findings so far tell which files have errors. */
	List<Finding> findings(Map<Source, Resource> sources, List<Finding> sofar) {
		Set<String> withErrors = sofar.stream().filter(finding -> finding.severity() == Finding.Level.ERROR)
				.map(Finding::file).collect(Collectors.toSet());
		List<Finding> findings = new ArrayList<>();
		sources.forEach((source, resource) -> {
			if (withErrors.contains(source.shownAs()) || !resource.getErrors().isEmpty()) {
				return;
			}
			for (OwnershipModel model : LoadedModels.elements(List.of(resource), OwnershipModel.class)) {
				explore(source.shownAs(), resource, model, findings);
			}
		});
		return findings;
	}

	private void explore(String file, Resource resource, OwnershipModel model, List<Finding> findings) {
		ExplorationResult result;
		try {
			result = Explorer.explore(model, BOUNDS);
		} catch (IllegalArgumentException | IllegalStateException cannot) {
			add(findings, file, resource, model, PtlCheck.OWNERSHIP_NOT_PROVEN,
					"cannot explore ownership model '" + model.getName() + "': " + cannot.getMessage());
			return;
		}
		switch (result.verdict()) {
		case VIOLATED -> add(findings, file, resource, culprit(model, result), PtlCheck.OWNERSHIP_INVARIANT_BROKEN,
				counterexample(result));
		case BOUNDED -> add(findings, file, resource, model, PtlCheck.OWNERSHIP_NOT_PROVEN,
				"ownership model '" + model.getName() + "' is not proven: " + result.bound()
						+ " (ptl check explores 2 pages and 2 members per family, at most " + MAX_STATES
						+ " states for at most a second; ptl explore takes bounds as options)");
		case HOLDS -> {
			// nothing to say
		}
		}
	}

	/** The transition of the last step, or the broken invariant when the initial state breaks it. */
	private static EObject culprit(OwnershipModel model, ExplorationResult result) {
		if (!result.trace().isEmpty()) {
			String last = result.trace().get(result.trace().size() - 1).transition();
			for (Transition transition : model.getTransitions()) {
				if (last.equals(transition.getName())) {
					return transition;
				}
			}
		}
		for (Invariant invariant : model.getInvariants()) {
			if (result.broken().contains(invariant.getName())) {
				return invariant;
			}
		}
		return model;
	}

	private static String counterexample(ExplorationResult result) {
		StringBuilder text = new StringBuilder();
		text.append(result.broken().size() == 1 ? "invariant " : "invariants ")
				.append(String.join(", ", result.broken()));
		if (result.trace().isEmpty()) {
			text.append(" is broken in the initial state: ").append(result.finalPage());
			return text.toString();
		}
		text.append(" is broken after ").append(result.trace().size())
				.append(result.trace().size() == 1 ? " step: " : " steps: ");
		for (int i = 0; i < result.trace().size(); i++) {
			TraceStep step = result.trace().get(i);
			text.append(i + 1).append(". ").append(step.text()).append(" (")
					.append(String.join(", ", step.changes().stream().map(TraceStep.Change::toString).toList()))
					.append("); ");
		}
		return text.append("then ").append(result.finalPage()).toString();
	}

	private void add(List<Finding> findings, String file, Resource resource, EObject at, PtlCheck check,
			String message) {
		SeverityLevel level = policy.levelFor(check, resource);
		if (level == SeverityLevel.IGNORE) {
			return;
		}
		Finding.Level severity = switch (level) {
		case ERROR -> Finding.Level.ERROR;
		case WARNING -> Finding.Level.WARNING;
		default -> Finding.Level.INFO;
		};
		int line = 1;
		int column = 1;
		ICompositeNode node = NodeModelUtils.findActualNodeFor(at);
		if (node != null) {
			LineAndColumn position = NodeModelUtils.getLineAndColumn(node, node.getOffset());
			line = position.getLine();
			column = position.getColumn();
		}
		findings.add(new Finding(file, line, column, severity, message, check.id()));
	}
}
