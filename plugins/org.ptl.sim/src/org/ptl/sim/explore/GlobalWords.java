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
	private final PairMoves moves;
	private final int values;
	/** The successors equal to the state the last {@link #successors} call left out. */
	private int selfMoves;

	GlobalWords(PageAutomaton automaton, StateEncoding.Fields fields, BoundWatch watch) {
		this.automaton = automaton;
		this.watch = watch;
		this.pages = fields.count - 1;
		this.bits = fields.bits;
		this.mask = fields.mask;
		this.globalShift = fields.lastShift();
		this.globalMask = fields.lastMask();
		this.globalRules = automaton.system().globalRules();
		this.moves = automaton.moves();
		this.values = automaton.size();
	}

	int selfMoves() {
		return selfMoves;
	}

	/**
	 * As {@link PageVector#successors(long, long[], boolean[], int)}, leaving out successors equal
	 * to the state, which it counts ({@link #selfMoves()}); -1 - at only when no rule is enabled.
	 */
	int successors(long word, long[] keys, boolean[] breaks, int at) {
		int g = (int) ((word >>> globalShift) & globalMask);
		int end = at;
		int self = 0;
		int[] start = moves.start;
		int[] pageDelta = moves.pageDelta;
		int[] globalTo = moves.globalTo;
		boolean[] targetBreaks = moves.targetBreaks;
		int pairBase = g * values;
		// the page values the state has, one bit each (with at most 64 values): whether the state
		// breaks an invariant under another global value is then one test
		long present = 0;
		for (int p = 0, shift = 0; p < pages; p++, shift += bits) {
			int value = (int) ((word >>> shift) & mask);
			present |= 1L << value;
			int pair = pairBase + value;
			if (automaton.pastBoundRule(pair) >= 0) {
				watch.hit(new BoundWatch.Place(false, automaton.pastBoundRule(pair), g, value));
			}
			self += moves.selfMoves[pair];
			for (int m = start[pair], last = start[pair + 1]; m < last; m++) {
				long next = word + ((long) pageDelta[m] << shift);
				int to = globalTo[m];
				if (to == g) {
					breaks[end] = targetBreaks[m];
				} else {
					next += ((long) to - g) << globalShift;
					breaks[end] = breaks(next, to);
				}
				keys[end++] = next;
			}
		}
		selfMoves = self;
		for (int r = 0; r < globalRules; r++) {
			int target = automaton.globalTarget(r, g);
			if (target == PageAutomaton.DISABLED) {
				continue;
			}
			if (target >= 0 && moves.keepsPages[r][g]) {
				// only the global field changes
				long next = word & ~(globalMask << globalShift) | (long) target << globalShift;
				if (next == word) {
					self++;
				} else {
					keys[end] = next;
					breaks[end++] = moves.breakingValues != null
							? automaton.globalBreaks(target) || (present & moves.breakingValues[target]) != 0
							: breaks(next, target);
				}
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
			if (next == word) {
				self++;
				continue;
			}
			keys[end] = next;
			breaks[end++] = broken;
		}
		selfMoves = self;
		return end == at && self == 0 ? -1 - at : end;
	}

	private boolean breaks(long word, int g) {
		if (automaton.globalBreaks(g)) {
			return true;
		}
		if (moves.breakingValues != null) {
			long breaking = moves.breakingValues[g];
			for (int p = 0, shift = 0; p < pages && breaking != 0; p++, shift += bits) {
				if ((breaking >>> (word >>> shift & mask) & 1) != 0) {
					return true;
				}
			}
			return false;
		}
		for (int p = 0, shift = 0; p < pages; p++, shift += bits) {
			if (automaton.breaks(automaton.pair(g, (int) ((word >>> shift) & mask)))) {
				return true;
			}
		}
		return false;
	}
}
