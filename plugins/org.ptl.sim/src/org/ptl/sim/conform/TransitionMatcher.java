package org.ptl.sim.conform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ptl.model.OwnershipModel;
import org.ptl.model.State;
import org.ptl.model.Transition;
import org.ptl.model.TransitionSide;

/**
 * Whether one page's change of states (every component's state before and after a locked section)
 * is exactly one transition of an ownership model: an initiator, and a completer when the
 * transition has one, each going from its side's state to its side's 'to', and no other component
 * changing. A component whose states a trace cannot show (kept in a side table) matches any side.
 * When nothing matches, the transitions that came nearest, with what differed.
 */
final class TransitionMatcher {

	/** A transition and how far the change was from it (0: it matched). */
	record Candidate(Transition transition, int distance, String explanation) {
	}

	private final OwnershipModel model;
	private final List<TraceTable> components;

	TransitionMatcher(OwnershipModel model, List<TraceTable> components) {
		this.model = model;
		this.components = components;
	}

	/** Whether some transition matches the change exactly (the common case, told without building any text). */
	boolean matches(State[] before, State[] after) {
		for (Transition transition : model.getTransitions()) {
			for (int i = 0; i < components.size(); i++) {
				if (!plays(transition.getInitiator(), i) || !fits(transition.getInitiator(), i, before, after)) {
					continue;
				}
				if (transition.getCompleter() == null) {
					if (othersUnchanged(before, after, i, -1)) {
						return true;
					}
					continue;
				}
				for (int c = 0; c < components.size(); c++) {
					if (c != i && plays(transition.getCompleter(), c) && fits(transition.getCompleter(), c, before, after)
							&& othersUnchanged(before, after, i, c)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean fits(TransitionSide side, int k, State[] before, State[] after) {
		return (before[k] == null || before[k] == side.getFrom()) && (after[k] == null || after[k] == side.getTo());
	}

	private static boolean othersUnchanged(State[] before, State[] after, int initiator, int completer) {
		for (int k = 0; k < before.length; k++) {
			if (k != initiator && k != completer && changed(before[k], after[k])) {
				return false;
			}
		}
		return true;
	}

	/** The transitions by distance, nearest first (the first has distance 0 when one matched). */
	List<Candidate> rank(State[] before, State[] after) {
		List<Candidate> candidates = new ArrayList<>();
		for (Transition transition : model.getTransitions()) {
			Candidate best = null;
			for (int i = 0; i < components.size(); i++) {
				if (!plays(transition.getInitiator(), i)) {
					continue;
				}
				if (transition.getCompleter() == null) {
					best = better(best, candidate(transition, before, after, i, -1));
					continue;
				}
				for (int c = 0; c < components.size(); c++) {
					if (c != i && plays(transition.getCompleter(), c)) {
						best = better(best, candidate(transition, before, after, i, c));
					}
				}
			}
			if (best != null) {
				candidates.add(best);
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::distance));
		return candidates;
	}

	private static Candidate better(Candidate best, Candidate next) {
		return best == null || next.distance() < best.distance() ? next : best;
	}

	private Candidate candidate(Transition transition, State[] before, State[] after, int initiator, int completer) {
		int distance = 0;
		List<String> parts = new ArrayList<>();
		distance += side("initiator", transition.getInitiator(), initiator, before, after, parts);
		if (completer >= 0) {
			distance += side("completer", transition.getCompleter(), completer, before, after, parts);
		}
		for (int k = 0; k < components.size(); k++) {
			if (k != initiator && k != completer && changed(before[k], after[k])) {
				distance++;
				parts.add(components.get(k).name() + " changed too (" + name(before[k]) + " -> " + name(after[k]) + ")");
			}
		}
		return new Candidate(transition, distance, transition.getName() + ": " + String.join("; ", parts));
	}

	private int side(String role, TransitionSide side, int k, State[] before, State[] after, List<String> parts) {
		String who = components.get(k).name();
		boolean from = before[k] == null || before[k] == side.getFrom();
		boolean to = after[k] == null || after[k] == side.getTo();
		String expected = name(side.getFrom()) + " -> " + name(side.getTo());
		if (from && to) {
			parts.add(role + " " + who + " " + expected);
			return 0;
		}
		parts.add(role + " " + who + " should go " + expected + ", went " + name(before[k]) + " -> " + name(after[k]));
		return (from ? 0 : 1) + (to ? 0 : 1);
	}

	private boolean plays(TransitionSide side, int k) {
		return side != null && (side.getComponents().isEmpty()
				|| side.getComponents().contains(components.get(k).component().getComponent()));
	}

	static boolean changed(State before, State after) {
		return before != null && after != null && before != after;
	}

	static String name(State state) {
		return state == null ? "?" : state.getName();
	}
}
