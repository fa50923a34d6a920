package org.ptl.lang.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ptl.model.FlagTerm;
import org.ptl.model.NamedOutcome;
import org.ptl.model.OutcomePattern;
import org.ptl.model.PolicyRule;
import org.ptl.model.WalkerFlag;
import org.ptl.model.WalkerPolicy;

/**
 * A walker policy's rules grouped by the outcome they are for (0, an error code, any other error, a
 * named outcome), with each rule's flag condition as two bit sets over the flags the rules of that
 * outcome mention, so that coverage and overlap can be decided by trying every combination of those
 * flags. Flags no rule mentions cannot change which rule applies, so they need not be tried.
 */
final class PolicyRules {

	/** Policies whose rules for one outcome mention more flags than this are not enumerated. */
	static final int MAX_FLAGS = 16;

	/** One rule's condition over the outcome's flags: the flags it needs set and those it needs clear. */
	record Condition(PolicyRule rule, long set, long clear) {

		boolean holds(long flags) {
			return (flags & set) == set && (flags & clear) == 0;
		}

		boolean overlaps(Condition other) {
			return ((set | other.set) & (clear | other.clear)) == 0;
		}
	}

	/** The rules of one outcome: their conditions, the flags they mention, and the 'otherwise' rules. */
	static final class Outcome {
		final String text;
		final List<String> flags = new ArrayList<>();
		final List<Condition> conditions = new ArrayList<>();
		final List<PolicyRule> otherwise = new ArrayList<>();

		Outcome(String text) {
			this.text = text;
		}

		long bit(String flag) {
			int index = flags.indexOf(flag);
			return index < 0 ? 0 : 1L << index;
		}

		/** A combination of the flags (bit i = flags[i] set) under which no rule applies, or -1. */
		long uncovered() {
			if (!otherwise.isEmpty() || flags.size() > MAX_FLAGS) {
				return -1;
			}
			for (long combination = 0; combination < 1L << flags.size(); combination++) {
				if (!applies(combination)) {
					return combination;
				}
			}
			return -1;
		}

		/** Whether a rule other than 'otherwise' applies under the combination. */
		boolean applies(long combination) {
			for (Condition condition : conditions) {
				if (condition.holds(combination)) {
					return true;
				}
			}
			return false;
		}

		/** "when SHARED is set and HANDLE_FAULT is clear", or "always" when no flag matters. */
		String describe(long combination) {
			if (flags.isEmpty()) {
				return "under any flags";
			}
			List<String> parts = new ArrayList<>();
			for (int i = 0; i < flags.size(); i++) {
				parts.add(flags.get(i) + ((combination & 1L << i) != 0 ? " is set" : " is clear"));
			}
			return "when " + String.join(" and ", parts);
		}
	}

	private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

	private PolicyRules() {
	}

	static PolicyRules of(WalkerPolicy policy) {
		PolicyRules rules = new PolicyRules();
		// the outcomes every policy must say something about, then those its rules name
		rules.outcome("0");
		rules.outcome("error");
		for (NamedOutcome named : policy.getOutcomes()) {
			rules.outcome(named.getName());
		}
		for (PolicyRule rule : policy.getRules()) {
			String key = key(rule.getOutcome());
			if (key == null) {
				continue;
			}
			Outcome outcome = rules.outcome(key);
			if (rule.isOtherwise()) {
				outcome.otherwise.add(rule);
				continue;
			}
			for (FlagTerm term : rule.getConditions()) {
				String flag = flagName(term);
				if (flag != null && !outcome.flags.contains(flag)) {
					outcome.flags.add(flag);
				}
			}
		}
		for (PolicyRule rule : policy.getRules()) {
			String key = key(rule.getOutcome());
			if (key == null || rule.isOtherwise()) {
				continue;
			}
			Outcome outcome = rules.outcomes.get(key);
			long set = 0;
			long clear = 0;
			for (FlagTerm term : rule.getConditions()) {
				long bit = outcome.bit(flagName(term));
				if (term.isNegated()) {
					clear |= bit;
				} else {
					set |= bit;
				}
			}
			outcome.conditions.add(new Condition(rule, set, clear));
		}
		return rules;
	}

	private Outcome outcome(String key) {
		return outcomes.computeIfAbsent(key, Outcome::new);
	}

	Iterable<Outcome> outcomes() {
		return outcomes.values();
	}

	/** The outcomes a policy must cover whatever the flags: 0, any other error, and its named outcomes. */
	Set<String> required(WalkerPolicy policy) {
		Set<String> required = new LinkedHashSet<>(List.of("0", "error"));
		policy.getOutcomes().forEach(named -> required.add(named.getName()));
		return required;
	}

	/** The outcome a pattern is for: "0", "-EAGAIN", "error", a named outcome's name; null if broken. */
	static String key(OutcomePattern pattern) {
		if (pattern == null) {
			return null;
		}
		if (pattern.isAnyError()) {
			return "error";
		}
		if (pattern.getErrno() != null) {
			return pattern.getErrno();
		}
		if (pattern.getNamed() != null) {
			return pattern.getNamed().eIsProxy() ? null : pattern.getNamed().getName();
		}
		return pattern.isSetCode() ? Integer.toString(pattern.getCode()) : null;
	}

	static String flagName(FlagTerm term) {
		WalkerFlag flag = term.getFlag();
		return flag == null || flag.eIsProxy() ? null : flag.getName();
	}
}
