package org.ptl.gen.docs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ptl.model.FlagTerm;
import org.ptl.model.NamedOutcome;
import org.ptl.model.PolicyRule;
import org.ptl.model.WalkerPolicy;
import org.ptl.model.support.ErrnoNames;
import org.ptl.sim.walk.WalkAction;
import org.ptl.sim.walk.WalkPolicy;

/**
 * A walker policy as a table: a row per visitor outcome the rules name (plus 0 and an error no
 * rule names), a column per combination of the walker flags the rules test, and in each cell what
 * the simulator's policy decides. The cells come from the same decision the simulator walks with,
 * not from the rules read again.
 */
final class WalkerPolicyTable {

	private static final int MAX_FLAGS = 4;
	private static final String OTHER_ERROR = "EINVAL";

	private WalkerPolicyTable() {
	}

	static String html(WalkerPolicy policy) {
		WalkPolicy compiled = WalkPolicy.compile(policy);
		List<String> flags = new ArrayList<>(testedFlags(policy));
		if (flags.size() > MAX_FLAGS) {
			flags = flags.subList(0, MAX_FLAGS);
		}
		List<Integer> outcomes = outcomes(policy, compiled);
		StringBuilder html = new StringBuilder("<table class=\"policy\">\n<tr><th>outcome</th>");
		int combinations = 1 << flags.size();
		for (int combination = 0; combination < combinations; combination++) {
			html.append("<th>").append(Html.escape(columnName(flags, combination))).append("</th>");
		}
		html.append("</tr>\n");
		for (int outcome : outcomes) {
			html.append("<tr><th>").append(Html.escape(compiled.outcomeText(outcome))).append("</th>");
			for (int combination = 0; combination < combinations; combination++) {
				long walkFlags = 0;
				for (int i = 0; i < flags.size(); i++) {
					if ((combination >> i & 1) != 0) {
						walkFlags |= compiled.flags().bit(flags.get(i));
					}
				}
				WalkAction action = compiled.decide(outcome, walkFlags);
				String name = action.name().toLowerCase();
				html.append("<td class=\"action-").append(name).append("\">").append(name).append("</td>");
			}
			html.append("</tr>\n");
		}
		return html.append("</table>\n").toString();
	}

	private static Set<String> testedFlags(WalkerPolicy policy) {
		Set<String> flags = new LinkedHashSet<>();
		for (PolicyRule rule : policy.getRules()) {
			for (FlagTerm term : rule.getConditions()) {
				if (term.getFlag() != null && !term.getFlag().eIsProxy()) {
					flags.add(term.getFlag().getName());
				}
			}
		}
		return flags;
	}

	private static List<Integer> outcomes(WalkerPolicy policy, WalkPolicy compiled) {
		Set<Integer> outcomes = new LinkedHashSet<>();
		outcomes.add(0);
		for (PolicyRule rule : policy.getRules()) {
			if (rule.getOutcome().getErrno() != null) {
				ErrnoNames.number(rule.getOutcome().getErrno().replace("-", "")).ifPresent(n -> outcomes.add(-Math.abs(n)));
			}
		}
		for (NamedOutcome named : policy.getOutcomes()) {
			outcomes.add(compiled.namedOutcome(named.getName()));
		}
		ErrnoNames.number(OTHER_ERROR).ifPresent(n -> outcomes.add(-Math.abs(n)));
		return new ArrayList<>(outcomes);
	}

	private static String columnName(List<String> flags, int combination) {
		if (flags.isEmpty()) {
			return "any flags";
		}
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < flags.size(); i++) {
			parts.add(((combination >> i & 1) != 0 ? "" : "!") + flags.get(i));
		}
		return String.join(" & ", parts);
	}
}
