package org.ptl.sim.protocol;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.Action;
import org.ptl.model.FamilyParameter;
import org.ptl.model.Protocol;

/**
 * A protocol's actions instantiated: one rule per step of each action for every combination of
 * members of its parameters (its page, if any, left as the page in view), in declaration order,
 * sorted into rules on a page and rules on no page. Too many instances are refused: each is
 * tabulated for every pair of values.
 */
final class ProtocolRules {

	/** More action instances than this are refused. */
	static final int MAX_RULES = 100_000;

	private final ProtocolLayout layout;
	private final List<ProtocolRule> onPage = new ArrayList<>();
	private final List<ProtocolRule> onNoPage = new ArrayList<>();

	ProtocolRules(Protocol protocol, ProtocolLayout layout, TermCompiler terms) {
		this.layout = layout;
		long instances = 0;
		for (Action action : protocol.getActions()) {
			int steps = Math.max(1, action.getSteps().size());
			List<int[]> bindings = bindings(action);
			instances += (long) bindings.size() * steps;
			if (instances > MAX_RULES) {
				throw new IllegalArgumentException("protocol '" + protocol.getName() + "' has more than " + MAX_RULES
						+ " action instances with these members (" + layout.membersText() + "): explore fewer members");
			}
			for (int[] binding : bindings) {
				for (int step = 0; step < steps; step++) {
					ProtocolRule rule = new ProtocolRule(action, action.getSteps().isEmpty() ? -1 : step, binding, terms);
					(rule.onPage ? onPage : onNoPage).add(rule);
				}
			}
		}
	}

	List<ProtocolRule> onPage() {
		return onPage;
	}

	List<ProtocolRule> onNoPage() {
		return onNoPage;
	}

	/** Every combination of members for the action's parameters (0 for its page). */
	private List<int[]> bindings(Action action) {
		List<int[]> bindings = new ArrayList<>();
		bindings.add(new int[action.getParameters().size()]);
		for (int i = 0; i < action.getParameters().size(); i++) {
			FamilyParameter parameter = action.getParameters().get(i);
			if (parameter.getFamily() == layout.pages()) {
				continue;
			}
			if ((long) bindings.size() * layout.size(parameter.getFamily()) > MAX_RULES) {
				throw new IllegalArgumentException("action '" + action.getName() + "' has more than " + MAX_RULES
						+ " instances with these members (" + layout.membersText() + "): explore fewer members");
			}
			List<int[]> extended = new ArrayList<>();
			for (int[] base : bindings) {
				for (int member = 1; member <= layout.size(parameter.getFamily()); member++) {
					int[] binding = base.clone();
					binding[i] = member;
					extended.add(binding);
				}
			}
			bindings = extended;
		}
		return bindings;
	}
}
