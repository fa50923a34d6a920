package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ptl.sim.tests.Stage2.PAGE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ptl.model.WalkerPolicy;
import org.ptl.sim.Errno;
import org.ptl.sim.walk.VisitContext;
import org.ptl.sim.walk.Visitor;
import org.ptl.sim.walk.WalkFlags;
import org.ptl.sim.walk.WalkPolicy;
import org.ptl.sim.walk.Walker;

/**
 * The bundled walker policies against DOMAIN.md §3.3 (kvm_pgtable_walk_continue() in Linux ≤6.1,
 * 6.2 to 6.18 and ≥6.19) and §3.4 (Vipin Sharma's and Zhi Wang's 2023 proposals): four mapped pages
 * are walked with a visitor that returns an outcome at the second one, and the walk's result and the
 * number of visits show whether the walk went on, stopped, retried or ignored it. A walk that keeps
 * retrying an entry ends with -ELOOP.
 */
class WalkerPoliciesTest {

	/** Returns the outcome at the page 0x1000 for as many visits as asked, 0 elsewhere; counts visits. */
	private static final class ScriptedVisitor implements Visitor {

		private final int outcome;
		private int times;
		int visits;
		int visitsAt0x1000;

		ScriptedVisitor(int outcome, int times) {
			this.outcome = outcome;
			this.times = times;
		}

		@Override
		public int visit(VisitContext context, long visit) {
			visits++;
			if (context.addr() != 0x1000) {
				return 0;
			}
			visitsAt0x1000++;
			if (times == 0) {
				return 0;
			}
			times--;
			return outcome;
		}
	}

	private static WalkPolicy policy(String name) {
		return WalkPolicy.compile(Models.EXAMPLES.named(WalkerPolicy.class, name));
	}

	/** A stage-2 table with the four pages 0x0 .. 0x3000 mapped. */
	private static Stage2 fourPages() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x0, 4 * PAGE, 0x80_0000_0000L, "R", "W"), "four pages");
		return s2;
	}

	/** 0, -EAGAIN, or a named outcome of the policy. */
	private static int code(WalkPolicy policy, String outcome) {
		if (outcome.startsWith("-")) {
			return -Errno.number(outcome).orElseThrow();
		}
		if (outcome.equals("0")) {
			return 0;
		}
		int named = policy.namedOutcome(outcome);
		assertEquals(true, named > 0, "policy " + policy.name() + " has an outcome '" + outcome + "'");
		return named;
	}

	@ParameterizedTest(name = "{0}, flags [{1}]: {2} x{3} -> {4} after {5} visits")
	@CsvSource(delimiter = '|', textBlock = """
			# policy      | walk flags                | outcome       | times | result        | visits
			mainline_6_1  |                           | 0             | 1     | 0             | 4
			mainline_6_1  |                           | -EAGAIN       | 1     | -EAGAIN       | 2
			mainline_6_1  |                           | -ENOENT       | 1     | -ENOENT       | 2
			mainline_6_1  |                           | -ENOMEM       | 1     | -ENOMEM       | 2
			mainline_6_1  |                           | -EINVAL       | 1     | -EINVAL       | 2
			mainline_6_2  |                           | 0             | 1     | 0             | 4
			mainline_6_2  |                           | -EAGAIN       | 1     | 0             | 4
			mainline_6_2  | SHARED                    | -EAGAIN       | 1     | 0             | 4
			mainline_6_2  | HANDLE_FAULT              | -EAGAIN       | 1     | -EAGAIN       | 2
			mainline_6_2  | HANDLE_FAULT SHARED       | -EAGAIN       | 1     | -EAGAIN       | 2
			mainline_6_2  |                           | -ENOENT       | 1     | -ENOENT       | 2
			mainline_6_2  | HANDLE_FAULT SHARED       | -ENOENT       | 1     | -ENOENT       | 2
			mainline_6_2  |                           | -ENOMEM       | 1     | -ENOMEM       | 2
			mainline_6_2  | SHARED                    | -EPERM        | 1     | -EPERM        | 2
			mainline_6_2  | HANDLE_FAULT              | -EINVAL       | 1     | -EINVAL       | 2
			mainline_6_2  |                           | -E2BIG        | 1     | -E2BIG        | 2
			mainline_6_19 |                           | 0             | 1     | 0             | 4
			mainline_6_19 |                           | -EAGAIN       | 1     | -EAGAIN       | 2
			mainline_6_19 | SHARED                    | -EAGAIN       | 1     | -EAGAIN       | 2
			mainline_6_19 | IGNORE_EAGAIN             | -EAGAIN       | 1     | 0             | 4
			mainline_6_19 | IGNORE_EAGAIN SHARED      | -EAGAIN       | 1     | 0             | 4
			mainline_6_19 |                           | -ENOENT       | 1     | -ENOENT       | 2
			mainline_6_19 | IGNORE_EAGAIN             | -ENOENT       | 1     | -ENOENT       | 2
			mainline_6_19 | IGNORE_EAGAIN             | -ENOMEM       | 1     | -ENOMEM       | 2
			mainline_6_19 | SHARED                    | -EINVAL       | 1     | -EINVAL       | 2
			vipin_2023    | SHARED                    | -EAGAIN       | 1     | 0             | 5
			vipin_2023    | SHARED                    | -EAGAIN       | 2     | 0             | 6
			vipin_2023    |                           | -EAGAIN       | 1     | 0             | 4
			vipin_2023    | HANDLE_FAULT              | -EAGAIN       | 1     | 0             | 4
			vipin_2023    | SHARED HANDLE_FAULT       | -EAGAIN       | 1     | -EAGAIN       | 2
			vipin_2023    |                           | -ENOENT       | 1     | 0             | 4
			vipin_2023    | SHARED                    | -ENOENT       | 1     | 0             | 4
			vipin_2023    | HANDLE_FAULT              | -ENOENT       | 1     | -ENOENT       | 2
			vipin_2023    | SHARED                    | -ENOMEM       | 1     | -ENOMEM       | 2
			vipin_2023    |                           | -EINVAL       | 1     | -EINVAL       | 2
			zhi_wang_2023 | SHARED                    | status_retry  | 1     | 0             | 5
			zhi_wang_2023 | SHARED                    | status_retry  | 3     | 0             | 7
			zhi_wang_2023 |                           | status_retry  | 1     | status_retry  | 2
			zhi_wang_2023 |                           | status_stop   | 1     | status_stop   | 2
			zhi_wang_2023 | SHARED                    | status_stop   | 1     | status_stop   | 2
			zhi_wang_2023 |                           | status_ignore | 1     | 0             | 4
			zhi_wang_2023 | SHARED HANDLE_FAULT       | status_ignore | 1     | 0             | 4
			zhi_wang_2023 |                           | -EAGAIN       | 1     | -EAGAIN       | 2
			zhi_wang_2023 | SHARED                    | -EAGAIN       | 1     | -EAGAIN       | 2
			zhi_wang_2023 |                           | -ENOENT       | 1     | -ENOENT       | 2
			zhi_wang_2023 | SHARED                    | -ENOMEM       | 1     | -ENOMEM       | 2
			""")
	void aPolicyDecidesWhatTheWalkDoesWithAnOutcome(String name, String flags, String outcome, int times,
			String result, int visits) {
		Stage2 s2 = fourPages();
		WalkPolicy policy = policy(name);
		List<String> flagNames = flags == null ? List.of() : Arrays.asList(flags.trim().split(" +"));
		ScriptedVisitor visitor = new ScriptedVisitor(code(policy, outcome), times);
		int walked = new Walker(policy).walk(s2.table(), 0x0, 4 * PAGE, visitor,
				WalkFlags.LEAF | policy.flags().of(flagNames));
		String what = name + " with flags " + flagNames + ", " + outcome + " " + times + " time(s) at the second page";
		assertEquals(result, policy.outcomeText(walked), what + ": the walk's result");
		assertEquals(code(policy, result), walked, what + ": the walk's result code");
		assertEquals(visits, visitor.visits, what + ": visits (4 = went on, 2 = stopped, more = retried)");
	}

	@Test
	void theBuiltInPolicyIsMainline6To2() {
		WalkPolicy builtIn = WalkPolicy.linuxDefault();
		WalkPolicy bundled = policy("mainline_6_2");
		List<String> differences = new ArrayList<>();
		int[] outcomes = { -Errno.EAGAIN, -Errno.ENOENT, -Errno.ENOMEM, -Errno.EINVAL, -Errno.EPERM, -Errno.E2BIG, 1 };
		for (int outcome : outcomes) {
			for (long flags = 0; flags < 1 << 8; flags++) {
				if (builtIn.decide(outcome, flags) != bundled.decide(outcome, flags)) {
					differences.add(Errno.text(outcome) + " with flags " + bundled.flags().text(flags));
				}
			}
		}
		assertEquals(List.of(), differences, "scenarios without a policy walk as under mainline_6_2");
	}

	@Test
	void aWalkThatKeepsRetryingEndsWithEloop() {
		Stage2 s2 = fourPages();
		WalkPolicy vipin = policy("vipin_2023");
		ScriptedVisitor visitor = new ScriptedVisitor(-Errno.EAGAIN, Integer.MAX_VALUE);
		int walked = new Walker(vipin).walk(s2.table(), 0x0, 4 * PAGE, visitor,
				WalkFlags.LEAF | vipin.flags().of(List.of("SHARED")));
		assertEquals(-Errno.ELOOP, walked, "a shared walker retrying -EAGAIN forever");
		assertEquals(10_000, Walker.MAX_RETRIES, "the livelock bound");
		assertEquals(1 + Walker.MAX_RETRIES, visitor.visitsAt0x1000, "the first visit and 10,000 retries");
		assertEquals(1 + 1 + Walker.MAX_RETRIES, visitor.visits, "and the walk stopped there");
	}

	@Test
	void aNamedOutcomeRetriedForeverAlsoEndsWithEloop() {
		Stage2 s2 = fourPages();
		WalkPolicy zhi = policy("zhi_wang_2023");
		ScriptedVisitor visitor = new ScriptedVisitor(zhi.namedOutcome("status_retry"), Integer.MAX_VALUE);
		int walked = new Walker(zhi).walk(s2.table(), 0x0, 4 * PAGE, visitor,
				WalkFlags.LEAF | zhi.flags().of(List.of("SHARED")));
		assertEquals("-ELOOP", zhi.outcomeText(walked), "status_retry forever on a shared walk");
	}

	@Test
	void aRetriedPostOrderVisitIsMadeAgain() {
		Stage2 s2 = fourPages();
		WalkPolicy vipin = policy("vipin_2023");
		int[] postVisits = { 0 };
		int[] leafVisits = { 0 };
		int walked = new Walker(vipin).walk(s2.table(), 0x0, 4 * PAGE, (context, visit) -> {
			if (visit == WalkFlags.LEAF) {
				leafVisits[0]++;
				return 0;
			}
			return context.level() == 2 && postVisits[0]++ == 0 ? -Errno.EAGAIN : 0;
		}, WalkFlags.LEAF | WalkFlags.TABLE_POST | vipin.flags().of(List.of("SHARED")));
		assertEquals(0, walked, "-EAGAIN from TABLE_POST on a shared walk is retried, as from LEAF, not a stop");
		assertEquals(2, postVisits[0], "the level-2 entry's TABLE_POST visit was made again");
		assertEquals(4, leafVisits[0], "its subtree was walked once");
	}

	@Test
	void aPostOrderVisitRetriedForeverEndsWithEloop() {
		Stage2 s2 = fourPages();
		WalkPolicy vipin = policy("vipin_2023");
		int[] postVisits = { 0 };
		int walked = new Walker(vipin).walk(s2.table(), 0x0, 4 * PAGE, (context, visit) -> {
			if (visit == WalkFlags.TABLE_POST && context.level() == 2) {
				postVisits[0]++;
				return -Errno.EAGAIN;
			}
			return 0;
		}, WalkFlags.LEAF | WalkFlags.TABLE_POST | vipin.flags().of(List.of("SHARED")));
		assertEquals(-Errno.ELOOP, walked, "TABLE_POST retrying -EAGAIN forever");
		assertEquals(1 + Walker.MAX_RETRIES, postVisits[0], "the first visit and 10,000 retries");
	}
}
