package org.ptl.sim.explore;

import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.ptl.model.Invariant;
import org.ptl.model.OwnershipModel;
import org.ptl.model.Transition;

/**
 * What a validator says about an ownership model after exploring it with small bounds (2 pages, 2
 * members per family, {@value #MAX_STATES} states, a second): nothing when its invariants hold,
 * a broken invariant at the transition of the last step of the shortest counterexample (or at the
 * invariant, when the initial state breaks it) with the trace in the message, or that the bounds
 * stopped the search. The command line's {@code ptl check} and the Eclipse builder both report it;
 * the language cannot, as it must not depend on the engine.
 *
 * @param verdict what the exploration found
 * @param at      the element to report at: a transition, an invariant, or the model
 * @param message the diagnostic's text, counterexample included
 */
public record OwnershipProof(ExplorationResult.Verdict verdict, EObject at, String message) {

	public static final int MAX_STATES = 100_000;

	private static final ExplorationOptions BOUNDS = ExplorationOptions.defaults().withPages(2).withFamilyMembers(2)
			.withMaxStates(MAX_STATES).withTimeLimitNanos(Duration.ofSeconds(1).toNanos()).withThreads(1);

	/** Explores the model with the small bounds; a model the explorer cannot take is not proven. */
	public static OwnershipProof of(OwnershipModel model) {
		ExplorationResult result;
		try {
			result = Explorer.explore(model, BOUNDS);
		} catch (IllegalArgumentException | IllegalStateException cannot) {
			return new OwnershipProof(ExplorationResult.Verdict.BOUNDED, model,
					"cannot explore ownership model '" + model.getName() + "': " + cannot.getMessage());
		}
		return switch (result.verdict()) {
		case VIOLATED -> new OwnershipProof(result.verdict(), culprit(model, result), counterexample(result));
		case BOUNDED -> new OwnershipProof(result.verdict(), model, "ownership model '" + model.getName()
				+ "' is not proven: " + result.bound() + " (checks explore 2 pages and 2 members per family, at most "
				+ MAX_STATES + " states for at most a second; ptl explore takes bounds as options)");
		case HOLDS -> new OwnershipProof(result.verdict(), model, "the invariants of '" + model.getName()
				+ "' hold in every reachable state");
		};
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

	/** A counterexample on one line: the broken invariants, each step with its changes, the state then. */
	public static String counterexample(ExplorationResult result) {
		List<String> broken = result.broken();
		StringBuilder text = new StringBuilder(broken.size() == 1 ? "invariant " : "invariants ")
				.append(String.join(", ", broken));
		if (result.trace().isEmpty()) {
			return text.append(" is broken in the initial state: ").append(result.finalPage()).toString();
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
}
