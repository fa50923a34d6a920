package org.ptl.lang.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ptl.model.Component;
import org.ptl.model.OwnershipModel;
import org.ptl.model.State;
import org.ptl.model.TransitionSide;

/**
 * The per-component state graph of an ownership model: a transition side moves the components it
 * names (any component when it names none) from its 'before' state to its 'after' state. Used to
 * find states that no component reaches and states that none can leave.
 */
final class StateGraph {

	private final OwnershipModel model;
	private final List<TransitionSide> sides;
	private final Set<State> reachable = new HashSet<>();
	private final Set<State> initialStates = new LinkedHashSet<>();

	private StateGraph(OwnershipModel model) {
		this.model = model;
		this.sides = model.getTransitions().stream()
				.flatMap(transition -> Stream.of(transition.getInitiator(), transition.getCompleter()))
				.filter(Objects::nonNull).toList();
	}

	static StateGraph of(OwnershipModel model) {
		StateGraph graph = new StateGraph(model);
		for (Component component : model.getComponents()) {
			graph.explore(component);
		}
		return graph;
	}

	boolean hasInitialStates() {
		return !initialStates.isEmpty();
	}

	Set<State> reachable() {
		return reachable;
	}

	String initialStatesText() {
		return initialStates.stream().map(State::getName).collect(Collectors.joining(", "));
	}

	boolean hasExit(State state) {
		for (TransitionSide side : sides) {
			if (side.getFrom() == state && side.getTo() != null && side.getTo() != state) {
				return true;
			}
		}
		return false;
	}

	private void explore(Component component) {
		State initial = component.getInitialState() != null ? component.getInitialState() : model.getInitialState();
		if (initial == null || initial.eIsProxy()) {
			return;
		}
		initialStates.add(initial);
		Set<State> seen = new HashSet<>();
		Deque<State> queue = new ArrayDeque<>(List.of(initial));
		seen.add(initial);
		while (!queue.isEmpty()) {
			State state = queue.removeFirst();
			for (TransitionSide side : sides) {
				if (side.getFrom() == state && appliesTo(side, component) && side.getTo() != null
						&& !side.getTo().eIsProxy() && seen.add(side.getTo())) {
					queue.addLast(side.getTo());
				}
			}
		}
		reachable.addAll(seen);
	}

	private static boolean appliesTo(TransitionSide side, Component component) {
		return side.getComponents().isEmpty() || side.getComponents().contains(component);
	}
}
