package org.ptl.sim.explore;

/**
 * The successors of a state of a system with a global value, found on its unpacked numbers: each
 * page's enabled page rules from the tables (a rule may change the global number too), then every
 * global rule whose guard holds in the state, which maps the global number and every page at once.
 * A successor breaks an invariant when a page value breaks one under the new global value, the
 * global value breaks one, or an invariant over the whole state is false. Rules that would go past
 * a bound are left out and reported to the {@link BoundWatch}.
 */
final class GlobalMoves {

	/** Receives a successor as numbers (page numbers, then the global number), in a scratch array. */
	interface Emit {
		void emit(int[] ids, boolean breaks);
	}

	private final PageAutomaton automaton;
	private final PagedSystem system;
	private final BoundWatch watch;
	private final int pages;
	private final int[] next;
	private final long[] values;
	private final PagedSystem.Pages view;
	private final boolean[] guardReadsPages;

	GlobalMoves(PageAutomaton automaton, int pages, BoundWatch watch) {
		this.automaton = automaton;
		this.system = automaton.system();
		this.watch = watch;
		this.pages = pages;
		this.next = new int[pages + 1];
		this.guardReadsPages = new boolean[system.globalRules()];
		for (int r = 0; r < guardReadsPages.length; r++) {
			guardReadsPages[r] = system.globalGuardReadsPages(r);
		}
		this.values = new long[pages];
		this.view = PagedSystem.Pages.of(values);
	}

	/**
	 * Emits the successors of the state ids (page numbers, then the global number); sorted tells
	 * that equal page numbers are interchangeable, so only the first of each run is expanded.
	 * False when no rule is enabled.
	 */
	boolean successors(int[] ids, boolean sorted, Emit emit) {
		int g = ids[pages];
		boolean enabled = false;
		for (int p = 0; p < pages; p++) {
			if (sorted && p > 0 && ids[p] == ids[p - 1]) {
				continue;
			}
			int pair = automaton.pair(g, ids[p]);
			if (automaton.pastBoundRule(pair) >= 0) {
				watch.hit(new BoundWatch.Place(false, automaton.pastBoundRule(pair), g, ids[p]));
			}
			int[] globals = automaton.successorGlobals(pair);
			int[] targets = automaton.successorTargets(pair);
			for (int k = 0; k < targets.length; k++) {
				System.arraycopy(ids, 0, next, 0, pages + 1);
				next[p] = targets[k];
				next[pages] = globals[k];
				boolean breaks = globals[k] == g ? automaton.breaks(automaton.pair(g, targets[k])) || stateBreaks(next)
						: breaks(next);
				emit.emit(next, breaks);
				enabled = true;
			}
		}
		if (system.globalRules() == 0) {
			return enabled;
		}
		boolean loaded = false;
		for (int r = 0; r < system.globalRules(); r++) {
			int target = automaton.globalTarget(r, g);
			if (target == PageAutomaton.DISABLED) {
				continue;
			}
			if (guardReadsPages[r]) {
				if (!loaded) {
					load(ids);
					loaded = true;
				}
				if (!system.globalGuard(r, automaton.global(g), view)) {
					continue;
				}
			}
			if (target == PageAutomaton.PAST_BOUND || !broadcast(r, ids, g, target)) {
				watch.hit(new BoundWatch.Place(true, r, g, 0));
				continue;
			}
			emit.emit(next, breaks(next));
			enabled = true;
		}
		return enabled;
	}

	/** next := the state after global rule r; false when a page would go past a bound. */
	private boolean broadcast(int r, int[] ids, int g, int target) {
		for (int p = 0; p < pages; p++) {
			int value = automaton.broadcast(r, automaton.pair(g, ids[p]));
			if (value < 0) {
				return false;
			}
			next[p] = value;
		}
		next[pages] = target;
		return true;
	}

	private void load(int[] ids) {
		for (int p = 0; p < pages; p++) {
			values[p] = automaton.value(ids[p]);
		}
	}

	private boolean breaks(int[] state) {
		int g = state[pages];
		if (automaton.globalBreaks(g)) {
			return true;
		}
		for (int p = 0; p < pages; p++) {
			if (automaton.breaks(automaton.pair(g, state[p]))) {
				return true;
			}
		}
		return stateBreaks(state);
	}

	private boolean stateBreaks(int[] state) {
		if (!system.hasStateInvariants()) {
			return false;
		}
		long[] saved = values.clone();
		for (int p = 0; p < pages; p++) {
			values[p] = automaton.value(state[p]);
		}
		boolean broken = !system.brokenByState(automaton.global(state[pages]), view).isEmpty();
		System.arraycopy(saved, 0, values, 0, pages);
		return broken;
	}
}
