package org.ptl.sim.explore;

/**
 * The explorer's fast path for a system with a global value whose states fit one word, without
 * member symmetry: a successor is the word with one page field (and maybe the global field)
 * changed by a difference, or, for a global rule, the word rebuilt field by field from the tables.
 * Global rules whose guards read pages, and invariants over the whole state, take the general path
 * ({@link GlobalMoves}) instead.
 */
final class GlobalWords {

	private final PageAutomaton automaton;
	private final BoundWatch watch;
	private final int pages;
	private final int bits;
	private final long mask;
	private final int globalShift;
	private final long globalMask;
	private final int globalRules;

	GlobalWords(PageAutomaton automaton, StateEncoding.Fields fields, BoundWatch watch) {
		this.automaton = automaton;
		this.watch = watch;
		this.pages = fields.count - 1;
		this.bits = fields.bits;
		this.mask = fields.mask;
		this.globalShift = fields.lastShift();
		this.globalMask = fields.lastMask();
		this.globalRules = automaton.system().globalRules();
	}

	/** As {@link PageVector#successors(long, long[], boolean[], int)}. */
	int successors(long word, long[] keys, boolean[] breaks, int at) {
		int g = (int) ((word >>> globalShift) & globalMask);
		int end = at;
		for (int p = 0, shift = 0; p < pages; p++, shift += bits) {
			int value = (int) ((word >>> shift) & mask);
			int pair = automaton.pair(g, value);
			if (automaton.pastBoundRule(pair) >= 0) {
				watch.hit(new BoundWatch.Place(false, automaton.pastBoundRule(pair), g, value));
			}
			int[] globals = automaton.successorGlobals(pair);
			int[] targets = automaton.successorTargets(pair);
			for (int k = 0; k < targets.length; k++) {
				long next = word + (((long) targets[k] - value) << shift);
				if (globals[k] == g) {
					breaks[end] = automaton.breaks(automaton.pair(g, targets[k]));
				} else {
					next += ((long) globals[k] - g) << globalShift;
					breaks[end] = breaks(next, globals[k]);
				}
				keys[end++] = next;
			}
		}
		for (int r = 0; r < globalRules; r++) {
			int target = automaton.globalTarget(r, g);
			if (target == PageAutomaton.DISABLED) {
				continue;
			}
			boolean fits = target >= 0;
			long next = ((long) Math.max(0, target) << globalShift) | StateStore.OCCUPIED;
			boolean broken = fits && automaton.globalBreaks(target);
			for (int p = 0, shift = 0; p < pages && fits; p++, shift += bits) {
				int value = automaton.broadcast(r, automaton.pair(g, (int) ((word >>> shift) & mask)));
				fits = value >= 0;
				next |= (long) Math.max(0, value) << shift;
				broken = broken || fits && automaton.breaks(automaton.pair(target, value));
			}
			if (!fits) {
				watch.hit(new BoundWatch.Place(true, r, g, 0));
				continue;
			}
			keys[end] = next;
			breaks[end++] = broken;
		}
		return end == at ? -1 - at : end;
	}

	private boolean breaks(long word, int g) {
		if (automaton.globalBreaks(g)) {
			return true;
		}
		for (int p = 0, shift = 0; p < pages; p++, shift += bits) {
			if (automaton.breaks(automaton.pair(g, (int) ((word >>> shift) & mask)))) {
				return true;
			}
		}
		return false;
	}
}
