package org.ptl.sim.walk;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.FlagTerm;
import org.ptl.model.NamedOutcome;
import org.ptl.model.OutcomePattern;
import org.ptl.model.PolicyRule;
import org.ptl.model.WalkerFlag;
import org.ptl.model.WalkerPolicy;
import org.ptl.sim.Errno;

/**
 * A walker policy compiled for the walker: for an outcome and the walk's flags, the action. Rules
 * for the outcome itself come first (those whose flag condition holds, then its 'otherwise' rule),
 * then, for errors, the 'error' rules in the same order; when nothing applies, the walker does
 * what Linux does for an unknown code: 0 goes on, anything else stops.
 */
public final class WalkPolicy {

	private record Rule(int kind, int code, long set, long clear, boolean otherwise, WalkAction action) {

		static final int SUCCESS = 0;
		static final int ERRNO = 1;
		static final int ANY_ERROR = 2;
		static final int NAMED = 3;

		boolean holds(long flags) {
			return (flags & set) == set && (flags & clear) == 0;
		}
	}

	private final String name;
	private final WalkFlags flags;
	private final List<Rule> rules;
	private final List<String> outcomes;

	private WalkPolicy(String name, WalkFlags flags, List<Rule> rules, List<String> outcomes) {
		this.name = name;
		this.flags = flags;
		this.rules = rules;
		this.outcomes = outcomes;
	}

	/** Mainline 6.2 to 6.18 (kvm_pgtable_walk_continue): -EAGAIN stops a HANDLE_FAULT walk, else is ignored. */
	public static WalkPolicy linuxDefault() {
		WalkFlags flags = new WalkFlags(List.of());
		List<Rule> rules = List.of(new Rule(Rule.SUCCESS, 0, 0, 0, false, WalkAction.CONTINUE),
				new Rule(Rule.ERRNO, -Errno.EAGAIN, WalkFlags.HANDLE_FAULT, 0, false, WalkAction.STOP),
				new Rule(Rule.ERRNO, -Errno.EAGAIN, 0, 0, true, WalkAction.IGNORE),
				new Rule(Rule.ANY_ERROR, 0, 0, 0, false, WalkAction.STOP));
		return new WalkPolicy("mainline 6.2-6.18 (built in)", flags, rules, List.of());
	}

	public static WalkPolicy compile(WalkerPolicy policy) {
		WalkFlags flags = new WalkFlags(policy.getFlags().stream().map(WalkerFlag::getName).toList());
		List<String> outcomes = policy.getOutcomes().stream().map(NamedOutcome::getName).toList();
		List<Rule> rules = new ArrayList<>();
		for (PolicyRule rule : policy.getRules()) {
			long set = 0;
			long clear = 0;
			for (FlagTerm term : rule.getConditions()) {
				long bit = term.getFlag() == null || term.getFlag().eIsProxy() ? 0 : flags.bit(term.getFlag().getName());
				if (term.isNegated()) {
					clear |= bit;
				} else {
					set |= bit;
				}
			}
			OutcomePattern outcome = rule.getOutcome();
			int kind;
			int code = 0;
			if (outcome.isAnyError()) {
				kind = Rule.ANY_ERROR;
			} else if (outcome.getErrno() != null) {
				kind = Rule.ERRNO;
				code = -Errno.number(outcome.getErrno()).orElse(0);
			} else if (outcome.getNamed() != null && !outcome.getNamed().eIsProxy()) {
				kind = Rule.NAMED;
				code = outcomes.indexOf(outcome.getNamed().getName()) + 1;
			} else {
				kind = Rule.SUCCESS;
			}
			rules.add(new Rule(kind, code, set, clear, rule.isOtherwise(), toAction(rule.getAction())));
		}
		return new WalkPolicy(policy.getName(), flags, rules, outcomes);
	}

	private static WalkAction toAction(org.ptl.model.WalkAction action) {
		return switch (action) {
		case CONTINUE -> WalkAction.CONTINUE;
		case RETRY -> WalkAction.RETRY;
		case STOP -> WalkAction.STOP;
		case IGNORE -> WalkAction.IGNORE;
		};
	}

	public String name() {
		return name;
	}

	public WalkFlags flags() {
		return flags;
	}

	public WalkAction decide(int outcome, long walkFlags) {
		WalkAction specific = firstMatch(outcome, walkFlags, false);
		if (specific != null) {
			return specific;
		}
		if (outcome < 0) {
			WalkAction error = firstMatch(outcome, walkFlags, true);
			if (error != null) {
				return error;
			}
		}
		return outcome == 0 ? WalkAction.CONTINUE : WalkAction.STOP;
	}

	private WalkAction firstMatch(int outcome, long walkFlags, boolean anyError) {
		for (int pass = 0; pass < 2; pass++) {
			boolean otherwisePass = pass == 1;
			for (Rule rule : rules) {
				if (rule.otherwise() == otherwisePass && matches(rule, outcome, anyError)
						&& (otherwisePass || rule.holds(walkFlags))) {
					return rule.action();
				}
			}
		}
		return null;
	}

	private static boolean matches(Rule rule, int outcome, boolean anyError) {
		if (anyError) {
			return rule.kind() == Rule.ANY_ERROR;
		}
		return switch (rule.kind()) {
		case Rule.SUCCESS -> outcome == 0;
		case Rule.ERRNO, Rule.NAMED -> outcome == rule.code();
		default -> false;
		};
	}

	/** The code a visitor returns for a named outcome of this policy, or 0 when it has none by that name. */
	public int namedOutcome(String outcomeName) {
		return outcomes.indexOf(outcomeName) + 1;
	}

	/** An outcome as people write it: 0, -EAGAIN, or a named outcome. */
	public String outcomeText(int outcome) {
		if (outcome > 0 && outcome <= outcomes.size()) {
			return outcomes.get(outcome - 1);
		}
		return Errno.text(outcome);
	}
}
