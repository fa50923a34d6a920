package org.ptl.sim.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link PageAutomaton}: numbers the global and page values breadth first over the pairs
 * a page can be in, and follows every rule from each pair; the same system always gives the same
 * numbers, so that states, traces and statistics do not depend on the run.
 */
final class PageAutomatonBuilder {

	/** What page rules and broadcasts make of one pair. */
	record PairResult(int[] rules, int[] globals, int[] targets, int[] broadcast, int pastBoundRule) {
	}

	final PagedSystem system;
	final int maxValues;
	final List<Long> globals = new ArrayList<>();
	final List<Long> values = new ArrayList<>();
	final Map<Long, Integer> globalIds = new HashMap<>();
	final Map<Long, Integer> valueIds = new HashMap<>();
	final Map<Long, PairResult> results = new HashMap<>();
	final List<List<Integer>> globalTargets = new ArrayList<>();
	final ArrayList<Long> queue = new ArrayList<>();
	final java.util.Set<Long> pairs = new java.util.HashSet<>();
	/** For each global number, the page numbers paired with it so far. */
	final List<List<Integer>> valuesWith = new ArrayList<>();
	/** For each global number, where page rules on some page take it (so every other page goes along). */
	final List<java.util.Set<Integer>> moves = new ArrayList<>();
	String boundHit;

	PageAutomatonBuilder(PagedSystem system, int maxValues) {
		this.system = system;
		this.maxValues = maxValues;
		for (int r = 0; r < system.globalRules(); r++) {
			globalTargets.add(new ArrayList<>());
		}
	}

	PageAutomatonBuilder run() {
		addPair(internGlobal(system.initialGlobal()), internValue(system.initialPage()));
		long[] next = new long[2];
		for (int at = 0; at < queue.size(); at++) {
			long key = queue.get(at);
			int g = (int) (key >>> 32);
			int v = (int) key;
			results.put(key, follow(g, v, next));
		}
		return this;
	}

	private PairResult follow(int g, int v, long[] next) {
		long global = globals.get(g);
		long page = values.get(v);
		List<int[]> found = new ArrayList<>();
		int pastBound = -1;
		for (int r = 0; r < system.pageRules(); r++) {
			PagedSystem.Outcome outcome = system.followPage(r, global, page, next);
			if (outcome == PagedSystem.Outcome.PAST_BOUND && pastBound < 0) {
				pastBound = r;
				if (boundHit == null) {
					boundHit = system.pastBound(r, false, global, page);
				}
			}
			if (outcome == PagedSystem.Outcome.ENABLED) {
				long nextPage = next[1];
				int tg = internGlobal(next[0]);
				int tv = internValue(nextPage);
				found.add(new int[] { r, tg, tv });
				addPair(tg, tv);
				if (tg != g) {
					addMove(g, tg);
				}
			}
		}
		int[] broadcast = new int[system.globalRules()];
		for (int r = 0; r < broadcast.length; r++) {
			int target = globalTargets.get(r).get(g);
			broadcast[r] = PageAutomaton.DISABLED;
			if (target >= 0) {
				PagedSystem.Outcome outcome = system.followBroadcast(r, global, page, next);
				broadcast[r] = outcome == PagedSystem.Outcome.ENABLED ? internValue(next[1])
						: outcome == PagedSystem.Outcome.PAST_BOUND ? PageAutomaton.PAST_BOUND : PageAutomaton.DISABLED;
				if (broadcast[r] >= 0) {
					addPair(target, broadcast[r]);
				}
			}
		}
		return new PairResult(found.stream().mapToInt(f -> f[0]).toArray(), found.stream().mapToInt(f -> f[1]).toArray(),
				found.stream().mapToInt(f -> f[2]).toArray(), broadcast, pastBound);
	}

	private int internGlobal(long global) {
		Integer id = globalIds.get(global);
		if (id != null) {
			return id;
		}
		if (globals.size() >= maxValues) {
			throw new PageAutomaton.BoundReached("'" + system.name() + "' has more than " + maxValues + " reachable global values");
		}
		int g = globals.size();
		globalIds.put(global, g);
		globals.add(global);
		valuesWith.add(new ArrayList<>());
		moves.add(new java.util.LinkedHashSet<>());
		long[] next = new long[2];
		long[] targets = new long[system.globalRules()];
		for (int r = 0; r < system.globalRules(); r++) {
			PagedSystem.Outcome outcome = system.followGlobal(r, global, next);
			targets[r] = next[0];
			globalTargets.get(r).add(outcome == PagedSystem.Outcome.ENABLED ? -3
					: outcome == PagedSystem.Outcome.PAST_BOUND ? PageAutomaton.PAST_BOUND : PageAutomaton.DISABLED);
		}
		for (int r = 0; r < system.globalRules(); r++) {
			if (globalTargets.get(r).get(g) == -3) {
				globalTargets.get(r).set(g, internGlobal(targets[r]));
			}
		}
		return g;
	}

	private int internValue(long value) {
		Integer id = valueIds.get(value);
		if (id != null) {
			return id;
		}
		if (values.size() >= maxValues) {
			throw new PageAutomaton.BoundReached("a page of '" + system.name() + "' has more than " + maxValues + " reachable values");
		}
		int v = values.size();
		valueIds.put(value, v);
		values.add(value);
		return v;
	}

	/** A pair a page can be in; with it, the pairs the moves of its global value lead to. */
	private void addPair(int g, int v) {
		java.util.ArrayDeque<long[]> work = new java.util.ArrayDeque<>();
		work.push(new long[] { g, v });
		while (!work.isEmpty()) {
			long[] pair = work.pop();
			int pg = (int) pair[0];
			int pv = (int) pair[1];
			if (!pairs.add((pair[0] << 32) | pv)) {
				continue;
			}
			queue.add((pair[0] << 32) | pv);
			valuesWith.get(pg).add(pv);
			for (int target : moves.get(pg)) {
				work.push(new long[] { target, pv });
			}
		}
	}

	/** Page rules on some page take global g to target: every page paired with g goes along. */
	private void addMove(int g, int target) {
		if (!moves.get(g).add(target)) {
			return;
		}
		for (int v : List.copyOf(valuesWith.get(g))) {
			addPair(target, v);
		}
	}
}
