package org.ptl.sim.protocol;

import java.time.Duration;

import org.eclipse.emf.ecore.EObject;
import org.ptl.model.Action;
import org.ptl.model.Family;
import org.ptl.model.Invariant;
import org.ptl.model.Protocol;
import org.ptl.model.support.Protocols;
import org.ptl.sim.explore.ExplorationOptions;
import org.ptl.sim.explore.ExplorationResult;
import org.ptl.sim.explore.Explorer;
import org.ptl.sim.explore.OwnershipProof;
import org.ptl.sim.explore.TraceStep;

/**
 * What a validator says about a protocol after exploring it with small bounds (2 pages, 2 members
 * per family or its fixed ones, {@value #MAX_STATES} states, five seconds), as {@link OwnershipProof}
 * says it about ownership models: a broken invariant at the action of the last step of the shortest
 * counterexample (or at the invariant, when the initial state breaks it), or that the bounds
 * stopped the search. {@code ptl check} and the Eclipse builder report it.
 *
 * @param verdict what the exploration found
 * @param at      the element to report at: an action, an invariant, or the protocol
 * @param message the diagnostic's text, counterexample included
 */
public record ProtocolProof(ExplorationResult.Verdict verdict, EObject at, String message) {

	public static final int MAX_STATES = 100_000;

	private static final ExplorationOptions BOUNDS = ExplorationOptions.defaults().withPages(2).withFamilyMembers(2)
			.withMaxStates(MAX_STATES).withTimeLimitNanos(Duration.ofSeconds(5).toNanos()).withThreads(1);

	public static ProtocolProof of(Protocol protocol) {
		ExplorationResult result;
		try {
			result = Explorer.explore(new ProtocolSystem(protocol, name -> members(protocol, name)), BOUNDS);
		} catch (IllegalArgumentException | IllegalStateException cannot) {
			return new ProtocolProof(ExplorationResult.Verdict.BOUNDED, protocol,
					"cannot explore protocol '" + protocol.getName() + "': " + cannot.getMessage());
		}
		return switch (result.verdict()) {
		case VIOLATED -> new ProtocolProof(result.verdict(), culprit(protocol, result), OwnershipProof.counterexample(result));
		case BOUNDED -> new ProtocolProof(result.verdict(), protocol, "protocol '" + protocol.getName()
				+ "' is not proven: " + result.bound() + " (checks explore 2 pages and 2 members per family, at most "
				+ MAX_STATES + " states for at most five seconds; ptl explore takes bounds as options)");
		case HOLDS -> new ProtocolProof(result.verdict(), protocol, "the invariants of '" + protocol.getName()
				+ "' hold in every reachable state");
		};
	}

	private static int members(Protocol protocol, String family) {
		for (Family candidate : protocol.getFamilies()) {
			if (family.equals(candidate.getName())) {
				return Math.max(2, Protocols.fixedMembers(candidate));
			}
		}
		return 2;
	}

	/** The action of the last step, or the broken invariant when the initial state breaks it. */
	private static EObject culprit(Protocol protocol, ExplorationResult result) {
		if (!result.trace().isEmpty()) {
			TraceStep last = result.trace().get(result.trace().size() - 1);
			String action = last.transition().contains(".") ? last.transition().substring(0, last.transition().indexOf('.'))
					: last.transition();
			for (Action candidate : protocol.getActions()) {
				if (action.equals(candidate.getName())) {
					return candidate;
				}
			}
		}
		for (Invariant invariant : protocol.getInvariants()) {
			if (result.broken().contains(invariant.getName())) {
				return invariant;
			}
		}
		return protocol;
	}
}
