package org.ptl.lang.validation;

import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.ptl.lang.util.PtlNames;
import org.ptl.model.PolicyRule;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.WalkAction;
import org.ptl.model.WalkerPolicy;
import org.ptl.model.support.WalkFlagNames;

/**
 * Checks that a walker policy is a function from (visitor outcome, walker flags) to an action, as
 * kvm_pgtable_walk_continue() is (DOMAIN.md §3.3, §3.4): every outcome has an action under every
 * combination of flags, no two rules for one outcome give different actions under the same flags,
 * and no walker retries an entry unless it is shared, since only another walker can change the
 * entry an exclusive walker keeps retrying.
 */
public class WalkerPolicyValidator extends PtlCheckValidator {

	@Check
	public void everyOutcomeIsCovered(WalkerPolicy policy) {
		PolicyRules rules = PolicyRules.of(policy);
		for (PolicyRules.Outcome outcome : rules.outcomes()) {
			if (!rules.required(policy).contains(outcome.text)) {
				continue; // an error code without a rule of its own falls back to the 'error' rules
			}
			String shown = outcome.text.equals("error") ? "'error' (any error code without a rule of its own)"
					: "'" + outcome.text + "'";
			if (outcome.conditions.isEmpty() && outcome.otherwise.isEmpty()) {
				report(PtlCheck.WALKER_OUTCOME_UNCOVERED, "walker policy " + quote(policy.getName()) + " has no rule for "
						+ shown + ": add 'on " + outcome.text + " -> " + (outcome.text.equals("0") ? "continue" : "stop")
						+ "' or what the walker does", policy, Literals.NAMED__NAME);
				continue;
			}
			long uncovered = outcome.uncovered();
			if (uncovered >= 0) {
				report(PtlCheck.WALKER_OUTCOME_UNCOVERED, "walker policy " + quote(policy.getName()) + " has no action for "
						+ shown + " " + outcome.describe(uncovered) + ": add a rule for it or an 'otherwise' rule",
						policy, Literals.NAMED__NAME);
			}
		}
	}

	@Check
	public void rulesDoNotContradict(WalkerPolicy policy) {
		PolicyRules rules = PolicyRules.of(policy);
		for (PolicyRules.Outcome outcome : rules.outcomes()) {
			List<PolicyRules.Condition> conditions = outcome.conditions;
			for (int later = 1; later < conditions.size(); later++) {
				for (int earlier = 0; earlier < later; earlier++) {
					PolicyRules.Condition a = conditions.get(earlier);
					PolicyRules.Condition b = conditions.get(later);
					if (a.rule().getAction() != b.rule().getAction() && a.overlaps(b)) {
						long both = a.set() | b.set();
						report(PtlCheck.WALKER_RULES_CONTRADICT, contradiction(outcome, a.rule(), b.rule(),
								outcome.describe(both)), b.rule(), Literals.POLICY_RULE__ACTION);
						break;
					}
				}
			}
			for (int i = 1; i < outcome.otherwise.size(); i++) {
				PolicyRule first = outcome.otherwise.get(0);
				PolicyRule other = outcome.otherwise.get(i);
				if (first.getAction() != other.getAction()) {
					report(PtlCheck.WALKER_RULES_CONTRADICT, contradiction(outcome, first, other, "otherwise"), other,
							Literals.POLICY_RULE__ACTION);
				}
			}
		}
	}

	private static String contradiction(PolicyRules.Outcome outcome, PolicyRule first, PolicyRule second, String when) {
		return "this rule contradicts the one on line " + PtlNames.line(first) + ": for '" + outcome.text + "' "
				+ when + " one says " + action(first) + " and the other " + action(second);
	}

	private static String action(PolicyRule rule) {
		return rule.getAction().getLiteral();
	}

	@Check
	public void onlySharedWalkersRetry(WalkerPolicy policy) {
		PolicyRules rules = PolicyRules.of(policy);
		for (PolicyRules.Outcome outcome : rules.outcomes()) {
			for (PolicyRules.Condition condition : outcome.conditions) {
				if (condition.rule().getAction() == WalkAction.RETRY
						&& (condition.set() & outcome.bit(WalkFlagNames.SHARED)) == 0) {
					reportLivelock(condition.rule());
				}
			}
			for (PolicyRule otherwise : outcome.otherwise) {
				if (otherwise.getAction() == WalkAction.RETRY && otherwiseAppliesUnshared(outcome)) {
					reportLivelock(otherwise);
				}
			}
		}
	}

	/** Whether some combination of flags with SHARED clear is left to the 'otherwise' rule. */
	private static boolean otherwiseAppliesUnshared(PolicyRules.Outcome outcome) {
		if (outcome.flags.size() > PolicyRules.MAX_FLAGS) {
			return false;
		}
		long shared = outcome.bit(WalkFlagNames.SHARED);
		for (long combination = 0; combination < 1L << outcome.flags.size(); combination++) {
			if ((combination & shared) == 0 && !outcome.applies(combination)) {
				return true;
			}
		}
		return false;
	}

	private void reportLivelock(PolicyRule rule) {
		report(PtlCheck.WALKER_RETRY_EXCLUSIVE, "a walker that is not SHARED retries this entry forever: no other "
				+ "walker can change it (livelock); restrict the rule with 'when SHARED'", rule,
				Literals.POLICY_RULE__ACTION);
	}
}
