package org.ptl.sim.explore;

/** A page value per page; family-member symmetry by the smallest image. */
final class PageVector extends PagePositions {

	private final GlobalWords words;

	PageVector(PageAutomaton automaton, int pages, Symmetry symmetry, BoundWatch watch) {
		super(automaton, pages, symmetry, watch);
		this.words = global == null ? null : new GlobalWords(automaton, fields, watch);
	}

	@Override
	boolean successors(long[] key, int offset, Sink sink) {
		if (global != null) {
			return globalSuccessors(key, offset, sink, false);
		}
		boolean enabled = false;
		boolean members = symmetry.memberImages().length > 0;
		if (members) {
			fields.unpack(key, offset, ids);
		}
		for (int p = 0; p < fields.count; p++) {
			int value = (int) fields.get(key, offset, p);
			int[] targets = automaton.successorTargets(value);
			enabled |= targets.length > 0;
			int word = fields.word(p);
			int shift = fields.shift(p);
			for (int target : targets) {
				if (members) {
					emitCanonical(p, target, sink);
				} else {
					// one field changes: no unpacking, no packing
					System.arraycopy(key, offset, scratch, 0, fields.words);
					scratch[word] += ((long) target - value) << shift;
					sink.successor(scratch, automaton.breaks(target));
				}
			}
		}
		return enabled;
	}

	/** Whether a state is one word, without a global value and member symmetry: the explorer's fast path. */
	boolean singleWord() {
		return fields.words == 1 && symmetry.memberImages().length == 0 && global == null;
	}

	/**
	 * Appends the successors of a state of one word (see {@link #singleWord()}) to keys, and
	 * whether each breaks an invariant to breaks, from index at: one field changes, so a successor
	 * is the state plus a difference. Returns the new end, or -1 - at when no transition is enabled.
	 */
	int successors(long word, long[] keys, boolean[] breaks, int at) {
		int bits = fields.bits;
		long mask = fields.mask;
		int end = at;
		for (int p = 0, shift = 0; p < fields.count; p++, shift += bits) {
			int value = (int) ((word >>> shift) & mask);
			for (int target : automaton.successorTargets(value)) {
				keys[end] = word + (((long) target - value) << shift);
				breaks[end++] = automaton.breaks(target);
			}
		}
		return end == at ? -1 - at : end;
	}

	/**
	 * As {@link #successors(long, long[], int[], int)}, with a global value ({@link #singleWordWithGlobal()}),
	 * leaving out the successors equal to the state ({@link #selfMoves()}).
	 */
	int globalSuccessors(long word, long[] keys, boolean[] breaks, int at) {
		return words.successors(word, keys, breaks, at);
	}

	/** The successors equal to the state the last {@link #globalSuccessors} left out. */
	int selfMoves() {
		return words == null ? 0 : words.selfMoves();
	}

	/** Whether a state is one word with a global value, without member symmetry or whole-state invariants. */
	boolean singleWordWithGlobal() {
		return fields.words == 1 && symmetry.memberImages().length == 0 && global != null
				&& !automaton.system().hasStateInvariants() && !anyGuardReadsPages();
	}

	private boolean anyGuardReadsPages() {
		for (int r = 0; r < automaton.system().globalRules(); r++) {
			if (automaton.system().globalGuardReadsPages(r)) {
				return true;
			}
		}
		return false;
	}

	/** The most successors a state can have. */
	int maxSuccessors() {
		return fields.count * automaton.maxFanOut() + automaton.system().globalRules();
	}

	@Override
	StateEncoding copy() {
		return new PageVector(automaton, pages, symmetry.copy(), watch);
	}
}
