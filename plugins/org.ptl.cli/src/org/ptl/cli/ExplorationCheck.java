package org.ptl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.ptl.sim.layout.LayoutProofText;
import org.ptl.cli.SourceFiles.Source;
import org.ptl.lang.util.LoadedElements;
import org.ptl.lang.validation.PtlCheck;
import org.ptl.lang.validation.SeverityPolicy;
import org.ptl.model.Layout;
import org.ptl.model.OwnershipModel;
import org.ptl.model.SeverityLevel;
import org.ptl.sim.explore.OwnershipProof;
import org.ptl.sim.layout.LayoutProof;
import org.ptl.sim.layout.LayoutProver;

/**
 * The part of {@code ptl check} that explores every ownership model of the checked files with small
 * bounds ({@link OwnershipProof}): a broken invariant becomes an {@code ownership.invariant-broken}
 * diagnostic at the transition of the last step, a search the bounds stopped an
 * {@code ownership.not-proven} one. Layouts are proved for every input with a bounded effort
 * ({@link LayoutProver}): a counterexample is a {@code layout.counterexample} error, a proof the
 * limit stopped a {@code layout.not-proven} note. Models in files with errors are not explored:
 * their meaning is not settled.
 */
final class ExplorationCheck {

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
			for (OwnershipModel model : LoadedElements.in(List.of(resource), OwnershipModel.class)) {
				OwnershipProof proof = OwnershipProof.of(model);
				switch (proof.verdict()) {
				case VIOLATED -> add(findings, source.shownAs(), resource, proof, PtlCheck.OWNERSHIP_INVARIANT_BROKEN);
				case BOUNDED -> add(findings, source.shownAs(), resource, proof, PtlCheck.OWNERSHIP_NOT_PROVEN);
				case HOLDS -> {
					// nothing to say
				}
				}
			}
			for (Layout layout : LoadedElements.in(List.of(resource), Layout.class)) {
				proveLayout(findings, source.shownAs(), resource, layout);
			}
		});
		return findings;
	}

	/** A layout proved for every input within a short time: a counterexample is an error where it breaks. */
	private void proveLayout(List<Finding> findings, String file, Resource resource, Layout layout) {
		LayoutProof proof = new LayoutProver(LAYOUT_TIME_LIMIT, LAYOUT_CONFLICTS).prove(layout);
		for (LayoutProof.Result violation : proof.violations()) {
			add(findings, file, resource, violation.element(), LayoutProofText.counterexample(layout, violation),
					PtlCheck.LAYOUT_COUNTEREXAMPLE);
		}
		if (proof.verdict() == LayoutProof.Verdict.UNKNOWN) {
			add(findings, file, resource, layout, "layout '" + layout.getName() + "': not proved within ptl check's bound ("
					+ LAYOUT_CONFLICTS + " solver conflicts per question); run 'ptl explore' on it for a proof", PtlCheck.LAYOUT_NOT_PROVEN);
		}
	}

	/**
	 * The effort a check gives each SAT question of a layout proof: bounded in conflicts, so that the
	 * verdict is the same however busy the machine (the bundled layouts need at most about 1,500 a
	 * class), with 20 s of wall time only as a last resort.
	 */
	static final int LAYOUT_CONFLICTS = 4_000;
	private static final java.time.Duration LAYOUT_TIME_LIMIT = java.time.Duration.ofSeconds(20);

	private void add(List<Finding> findings, String file, Resource resource, OwnershipProof proof, PtlCheck check) {
		add(findings, file, resource, proof.at(), proof.message(), check);
	}

	private void add(List<Finding> findings, String file, Resource resource, org.eclipse.emf.ecore.EObject at,
			String message, PtlCheck check) {
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
