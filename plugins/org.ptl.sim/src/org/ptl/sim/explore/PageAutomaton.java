package org.ptl.sim.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.Invariant;

/**
 * Every value one page can reach from its initial value, numbered in breadth-first order (the
 * initial value is 0), with the rules enabled in each and where they lead, and the invariants each
 * breaks. Since a transition changes one page, a state of the whole system is a vector of these
 * numbers and its successors come from this table: the explorer never evaluates a guard again.
 */
final class PageAutomaton {

	private final PageModel model;
	private final long[] values;
	private final int[][] successorRules;
	private final int[][] successorTargets;
	private final List<List<Invariant>> broken;
	private final boolean[] breaks;
	private final Map<Long, Integer> ids;
	private final String defaultBoundHit;

	private PageAutomaton(PageModel model, long[] values, int[][] rules, int[][] targets, List<List<Invariant>> broken,
			Map<Long, Integer> ids, String defaultBoundHit) {
		this.model = model;
		this.values = values;
		this.successorRules = rules;
		this.successorTargets = targets;
		this.broken = broken;
		this.breaks = new boolean[broken.size()];
		for (int id = 0; id < breaks.length; id++) {
			breaks[id] = !broken.get(id).isEmpty();
		}
		this.ids = ids;
		this.defaultBoundHit = defaultBoundHit;
	}

	/** Builds the automaton, or fails with a bound when a page has more than maxValues values. */
	static PageAutomaton build(PageModel model, int maxValues) {
		Map<Long, Integer> ids = new HashMap<>();
		List<Long> values = new ArrayList<>();
		List<int[]> rules = new ArrayList<>();
		List<int[]> targets = new ArrayList<>();
		ids.put(model.initialPage(), 0);
		values.add(model.initialPage());
		String defaultBoundHit = null;
		long[] next = new long[1];
		List<PageModel.Rule> all = model.rules();
		for (int id = 0; id < values.size(); id++) {
			long page = values.get(id);
			List<Integer> ruleList = new ArrayList<>();
			List<Integer> targetList = new ArrayList<>();
			for (int r = 0; r < all.size(); r++) {
				PageModel.Outcome outcome = model.follow(page, all.get(r), next);
				if (outcome == PageModel.Outcome.PAST_DEFAULT_BOUND && defaultBoundHit == null) {
					defaultBoundHit = "transition '" + all.get(r).transition().getName() + "' takes a counter past the "
							+ "bound the explorer gives counters without 'max' (" + model.defaultCounterBounds() + ")";
				}
				if (outcome != PageModel.Outcome.ENABLED) {
					continue;
				}
				Integer target = ids.get(next[0]);
				if (target == null) {
					if (values.size() >= maxValues) {
						throw new BoundReached("a page of '" + model.model().getName() + "' has more than " + maxValues
								+ " reachable values");
					}
					target = values.size();
					ids.put(next[0], target);
					values.add(next[0]);
				}
				ruleList.add(r);
				targetList.add(target);
			}
			rules.add(ruleList.stream().mapToInt(Integer::intValue).toArray());
			targets.add(targetList.stream().mapToInt(Integer::intValue).toArray());
		}
		long[] packed = values.stream().mapToLong(Long::longValue).toArray();
		List<List<Invariant>> broken = new ArrayList<>();
		for (long value : packed) {
			broken.add(model.broken(value));
		}
		return new PageAutomaton(model, packed, rules.toArray(int[][]::new), targets.toArray(int[][]::new), broken,
				ids, defaultBoundHit);
	}

	PageModel model() {
		return model;
	}

	int size() {
		return values.length;
	}

	long value(int id) {
		return values[id];
	}

	/** The number of a page value, or -1 when a page cannot reach it. */
	int idOf(long value) {
		Integer id = ids.get(value);
		return id == null ? -1 : id;
	}

	int[] successorRules(int id) {
		return successorRules[id];
	}

	int[] successorTargets(int id) {
		return successorTargets[id];
	}

	boolean breaks(int id) {
		return breaks[id];
	}

	/** The most transitions a page value has. */
	int maxFanOut() {
		int most = 0;
		for (int[] targets : successorTargets) {
			most = Math.max(most, targets.length);
		}
		return most;
	}

	List<Invariant> broken(int id) {
		return broken.get(id);
	}

	/** Why the search would be incomplete: a counter went past the explorer's own bound; or null. */
	String defaultBoundHit() {
		return defaultBoundHit;
	}

	/** Raised when a bound stops the search; its message says which and how far it got. */
	static final class BoundReached extends RuntimeException {

		private static final long serialVersionUID = 1L;

		BoundReached(String message) {
			super(message, null, false, false);
		}
	}
}
