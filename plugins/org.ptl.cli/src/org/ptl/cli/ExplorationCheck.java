package org.ptl.cli;

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
import org.ptl.lang.util.LoadedElements;
import org.ptl.lang.validation.PtlCheck;
import org.ptl.lang.validation.SeverityPolicy;
import org.ptl.model.Layout;
import org.ptl.model.OwnershipModel;
import org.ptl.model.SeverityLevel;
import org.ptl.sim.explore.OwnershipProof;
import org.ptl.sim.layout.LayoutProof;
import org.ptl.sim.layout.LayoutProofText;
import org.ptl.sim.layout.LayoutProver;

/**
 * The part of {@code ptl check} (and of the language server's diagnostics) that explores every
 * ownership model of the checked files with small bounds ({@link OwnershipProof}): a broken
 * invariant becomes an {@code ownership.invariant-broken} diagnostic at the transition of the last
 * step, a search the bounds stopped an {@code ownership.not-proven} one. Layouts are proved for
 * every input with a bounded effort ({@link LayoutProver}): a counterexample is a
 * {@code layout.counterexample} error, a proof the limit stopped a {@code layout.not-proven} note.
 * Models in files with errors are not explored: their meaning is not settled.
 */
final class ExplorationCheck {

	/**
	 * One diagnostic of exploring or proving, with the level the file's and the user's settings give it.
	 *
	 * @param at      the element it is reported at
	 * @param message what was found
	 * @param check   its check id
	 * @param level   error, warning or info (never ignore: those are left out)
	 */
	record Explored(EObject at, String message, PtlCheck check, SeverityLevel level) {
	}

	private final SeverityPolicy policy;

	ExplorationCheck(SeverityPolicy policy) {
		this.policy = policy;
	}

	/** The findings for the sources; findings so far tell which files have errors. */
	List<Finding> findings(Map<Source, Resource> sources, List<Finding> sofar) {
		Set<String> withErrors = sofar.stream().filter(finding -> finding.severity() == Finding.Level.ERROR)
				.map(Finding::file).collect(Collectors.toSet());
		List<Finding> findings = new ArrayList<>();
		sources.forEach((source, resource) -> {
			if (!withErrors.contains(source.shownAs())) {
				of(resource).forEach(explored -> findings.add(finding(source.shownAs(), explored)));
			}
		});
		return findings;
	}

	/** What exploring the resource's ownership models and proving its layouts finds; nothing for a file that does not parse. */
	List<Explored> of(Resource resource) {
		List<Explored> found = new ArrayList<>();
		if (!resource.getErrors().isEmpty()) {
			return found;
		}
		for (OwnershipModel model : LoadedElements.in(List.of(resource), OwnershipModel.class)) {
			OwnershipProof proof = OwnershipProof.of(model);
			switch (proof.verdict()) {
			case VIOLATED -> add(found, resource, proof.at(), proof.message(), PtlCheck.OWNERSHIP_INVARIANT_BROKEN);
			case BOUNDED -> add(found, resource, proof.at(), proof.message(), PtlCheck.OWNERSHIP_NOT_PROVEN);
			case HOLDS -> {
				// nothing to say
			}
			}
		}
		for (Layout layout : LoadedElements.in(List.of(resource), Layout.class)) {
			LayoutProof proof = LayoutProver.forChecks().prove(layout);
			for (LayoutProof.Result violation : proof.violations()) {
				add(found, resource, violation.element(), LayoutProofText.counterexample(layout, violation),
						PtlCheck.LAYOUT_COUNTEREXAMPLE);
			}
			if (proof.verdict() == LayoutProof.Verdict.UNKNOWN) {
				add(found, resource, layout, LayoutProver.notProvedByCheck(layout, "run 'ptl explore' on it for a proof"),
						PtlCheck.LAYOUT_NOT_PROVEN);
			}
		}
		return found;
	}

	private void add(List<Explored> found, Resource resource, EObject at, String message, PtlCheck check) {
		SeverityLevel level = policy.levelFor(check, resource);
		if (level != SeverityLevel.IGNORE) {
			found.add(new Explored(at, message, check, level));
		}
	}

	private static Finding finding(String file, Explored explored) {
		Finding.Level severity = switch (explored.level()) {
		case ERROR -> Finding.Level.ERROR;
		case WARNING -> Finding.Level.WARNING;
		default -> Finding.Level.INFO;
		};
		int line = 1;
		int column = 1;
		ICompositeNode node = NodeModelUtils.findActualNodeFor(explored.at());
		if (node != null) {
			LineAndColumn position = NodeModelUtils.getLineAndColumn(node, node.getOffset());
			line = position.getLine();
			column = position.getColumn();
		}
		return new Finding(file, line, column, severity, explored.message(), explored.check().id());
	}
}
