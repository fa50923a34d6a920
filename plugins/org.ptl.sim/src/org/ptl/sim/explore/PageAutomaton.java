package org.ptl.sim.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every global value and every page value a system's rules can produce from the initial ones,
 * numbered in the order found (the initial ones are 0), and for every pair of them the page rules
 * enabled and where they lead, the global rules' effect on the pair, and whether it breaks an
 * invariant. A state is then a global number and a page number per page, and its successors come
 * from these tables: the explorer never evaluates a page rule again. Without a global value
 * (ownership models) a pair is just a page value, numbered as before.
 *
 * <p>The tables hold the pairs a page can be in: from the initial pair, a page rule moves the page
 * (and maybe the global value), a page rule on another page moves only the global value, a global
 * rule moves both. That over-approximates the pairs of reachable states (a global rule's guard on
 * the pages is not evaluated here), so a rule that would go past a bound is only recorded, and
 * reported when the search meets it ({@link BoundWatch}), except without global values, where every
 * pair is reachable.
 */
final class PageAutomaton {

	static final int DISABLED = -1;
	private static final int[] NONE = {};
	static final int PAST_BOUND = -2;

	private final PagedSystem system;
	private final long[] globals;
	private final long[] values;
	private final int[][] successorRules;
	private final int[][] successorGlobals;
	private final int[][] successorTargets;
	private final boolean[] breaks;
	private final boolean[] globalBreaks;
	private final int[][] globalTargets;
	private final int[][] broadcast;
	private final int[] pastBoundRule;
	private final Map<Long, Integer> valueIds;
	private final Map<Long, Integer> globalIds;
	private final String boundHit;
	private PairMoves moves;

	private PageAutomaton(PageAutomatonBuilder built) {
		this.system = built.system;
		this.globals = built.globals.stream().mapToLong(Long::longValue).toArray();
		this.values = built.values.stream().mapToLong(Long::longValue).toArray();
		int pairs = globals.length * values.length;
		successorRules = new int[pairs][];
		successorGlobals = new int[pairs][];
		successorTargets = new int[pairs][];
		breaks = new boolean[pairs];
		globalBreaks = new boolean[globals.length];
		pastBoundRule = new int[pairs];
		broadcast = new int[system.globalRules()][pairs];
		globalTargets = new int[system.globalRules()][];
		for (int g = 0; g < globals.length; g++) {
			globalBreaks[g] = !system.brokenByGlobal(globals[g]).isEmpty();
		}
		for (int pair = 0; pair < pairs; pair++) {
			successorRules[pair] = NONE;
			successorGlobals[pair] = NONE;
			successorTargets[pair] = NONE;
			pastBoundRule[pair] = -1;
		}
		for (Map.Entry<Long, PageAutomatonBuilder.PairResult> entry : built.results.entrySet()) {
			int g = (int) (entry.getKey() >>> 32);
			int v = (int) (long) entry.getKey();
			int pair = g * values.length + v;
			PageAutomatonBuilder.PairResult result = entry.getValue();
			successorRules[pair] = result.rules();
			successorGlobals[pair] = result.globals();
			successorTargets[pair] = result.targets();
			pastBoundRule[pair] = result.pastBoundRule();
			breaks[pair] = globalBreaks[g] || !system.brokenByPage(globals[g], values[v]).isEmpty();
			for (int r = 0; r < broadcast.length; r++) {
				broadcast[r][pair] = result.broadcast()[r];
			}
		}
		for (int r = 0; r < globalTargets.length; r++) {
			globalTargets[r] = built.globalTargets.get(r).stream().mapToInt(Integer::intValue).toArray();
		}
		this.valueIds = built.valueIds;
		this.globalIds = built.globalIds;
		this.boundHit = built.boundHit;
	}

	/** Builds the tables, or fails with a bound when there are more than maxValues values of a kind. */
	static PageAutomaton build(PagedSystem system, int maxValues) {
		return new PageAutomaton(new PageAutomatonBuilder(system, maxValues).run());
	}

	PagedSystem system() {
		return system;
	}

	/** Page values. */
	int size() {
		return values.length;
	}

	int globalCount() {
		return globals.length;
	}

	/** Whether states need a global number: there are several global values, or global rules. */
	boolean hasGlobal() {
		return globals.length > 1 || system.globalRules() > 0;
	}

	long value(int id) {
		return values[id];
	}

	long global(int id) {
		return globals[id];
	}

	int pair(int global, int value) {
		return global * values.length + value;
	}

	/** The number of a page value, or -1 when no rule produces it. */
	int idOf(long value) {
		Integer id = valueIds.get(value);
		return id == null ? -1 : id;
	}

	int globalIdOf(long value) {
		Integer id = globalIds.get(value);
		return id == null ? -1 : id;
	}

	int[] successorRules(int pair) {
		return successorRules[pair];
	}

	int[] successorGlobals(int pair) {
		return successorGlobals[pair];
	}

	/** The page values page rules lead to from a pair (from a page value, without global values). */
	int[] successorTargets(int pair) {
		return successorTargets[pair];
	}

	/** Whether the pair breaks an invariant that looks at one page at a time, or one of the global value's. */
	boolean breaks(int pair) {
		return breaks[pair];
	}

	boolean globalBreaks(int global) {
		return globalBreaks[global];
	}

	/** Where a global rule takes a global value: its number, DISABLED or PAST_BOUND. */
	int globalTarget(int rule, int global) {
		return globalTargets[rule][global];
	}

	/** A page value after a global rule (which must be enabled at the pair's global value), or PAST_BOUND. */
	int broadcast(int rule, int pair) {
		return broadcast[rule][pair];
	}

	/** The page rule that goes past a bound from the pair, or -1. */
	int pastBoundRule(int pair) {
		return pastBoundRule[pair];
	}

	/** The page rules laid out for the explorer's fast path, made on first use. */
	synchronized PairMoves moves() {
		if (moves == null) {
			moves = new PairMoves(this);
		}
		return moves;
	}

	/** The most page rules a pair has enabled. */
	int maxFanOut() {
		int most = 0;
		for (int[] targets : successorTargets) {
			most = Math.max(most, targets.length);
		}
		return most;
	}

	/**
	 * Without global values every pair is reachable, so a rule past a bound found while building
	 * means the search is incomplete: why, or null.
	 */
	String boundHit() {
		return hasGlobal() ? null : boundHit;
	}

	/** Raised when a bound stops the search; its message says which and how far it got. */
	static final class BoundReached extends RuntimeException {

		private static final long serialVersionUID = 1L;

		BoundReached(String message) {
			super(message, null, false, false);
		}
	}
}
