package org.ptl.sim.layout;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.ptl.model.Layout;
import org.ptl.model.LayoutInput;
import org.ptl.model.expr.Property;

/**
 * What the prover found for one layout: each property proved for every allowed input, violated
 * (with the inputs that break it), or undecided when the time limit struck; how the input space
 * was split (the enumerated inputs and the number of classes, each decided by SAT over the other
 * inputs' bits) and what it cost.
 */
public record LayoutProof(Layout layout, List<Result> results, List<LayoutInput> enumerated, int classes,
		int emptyClasses, int symbolicBits, long variables, long clauses, Duration time) {

	public enum Verdict {
		PROVED, VIOLATED, UNKNOWN
	}

	/** One property's verdict, with a counterexample when it is violated. */
	public record Result(Property.Kind kind, EObject element, String description, Verdict verdict,
			Map<LayoutInput, Long> counterexample) {
	}

	public Verdict verdict() {
		if (results.stream().anyMatch(result -> result.verdict() == Verdict.VIOLATED)) {
			return Verdict.VIOLATED;
		}
		return results.stream().anyMatch(result -> result.verdict() == Verdict.UNKNOWN) ? Verdict.UNKNOWN
				: Verdict.PROVED;
	}

	public List<Result> violations() {
		return results.stream().filter(result -> result.verdict() == Verdict.VIOLATED).toList();
	}
}
