package org.ptl.sim.explore;

/**
 * How the explorer packs a state into 64-bit words and finds its successors without unpacking it
 * when it can. The top bit of the first word is always set (the store's mark for a used slot).
 * With page symmetry a state is a multiset of page values; without it, a vector indexed by page.
 * A system with a global value keeps its number in one more field, after the pages; its states'
 * successors are found on the unpacked numbers ({@link GlobalMoves}).
 */
abstract class StateEncoding {

	/** Receives the successors of a state, one at a time, in a scratch array it must not keep. */
	interface Sink {
		/** A successor: its packed words at key[0..words), and whether it breaks an invariant. */
		void successor(long[] key, boolean breaks);
	}

	abstract int words();

	/** Bits of a packed state. */
	abstract int bits();

	/** Packs a state given as a page value per page (and the global number after them), in canonical form. */
	abstract void encode(int[] ids, long[] out, int offset);

	/** A state as a page value per page (for a multiset: the values in ascending order), then its global number. */
	abstract void decode(long[] key, int offset, int[] ids);

	/**
	 * Calls the sink for every successor of the state (in canonical form), with the states of equal
	 * pages expanded once under page symmetry; false when no transition is enabled.
	 */
	abstract boolean successors(long[] key, int offset, Sink sink);

	/** A copy with its own scratch space, for another thread. */
	abstract StateEncoding copy();

	/**
	 * Packs fields of a fixed width into words, a field never straddling two words. The last field
	 * may have a width of its own (a system's global number after its pages), so that a few global
	 * values do not widen every page's field.
	 */
	static final class Fields {

		final int count;
		final int bits;
		final int perWord;
		final int words;
		final long mask;
		/** The index of the last field when its width differs, else -1; where it lies and its mask. */
		private final int distinct;
		private final int lastWord;
		private final int lastShift;
		private final long lastMask;

		Fields(int count, int bits) {
			this(count, bits, bits);
		}

		Fields(int count, int bits, int lastBits) {
			this.count = count;
			this.bits = bits;
			this.perWord = 63 / bits;
			this.mask = (1L << bits) - 1;
			this.lastMask = (1L << lastBits) - 1;
			this.distinct = lastBits == bits ? -1 : count - 1;
			if (distinct <= 0) {
				lastWord = 0;
				lastShift = 0;
				words = distinct < 0 ? Math.max(1, (count + perWord - 1) / perWord) : 1;
			} else {
				// right after the field before it, or at the start of the next word if it does not fit
				int shift = bits * ((count - 2) % perWord) + bits;
				int word = (count - 2) / perWord;
				lastWord = shift + lastBits > 63 ? word + 1 : word;
				lastShift = shift + lastBits > 63 ? 0 : shift;
				words = lastWord + 1;
			}
		}

		/** The bits of all fields, the unused ends of words left out. */
		int totalBits() {
			return distinct < 0 ? count * bits : (count - 1) * bits + Long.bitCount(lastMask);
		}

		/** Where the last field starts in its word (the global field of {@link GlobalWords}). */
		int lastShift() {
			return distinct < 0 ? shift(count - 1) : lastShift;
		}

		long lastMask() {
			return distinct < 0 ? mask : lastMask;
		}

		int word(int field) {
			return field == distinct ? lastWord : field / perWord;
		}

		int shift(int field) {
			return field == distinct ? lastShift : bits * (field % perWord);
		}

		long get(long[] key, int offset, int field) {
			return (key[offset + word(field)] >>> shift(field)) & (field == distinct ? lastMask : mask);
		}

		void pack(int[] values, long[] out, int offset) {
			for (int w = 0; w < words; w++) {
				out[offset + w] = 0;
			}
			for (int f = 0; f < count; f++) {
				out[offset + word(f)] |= (long) values[f] << shift(f);
			}
			out[offset] |= StateStore.OCCUPIED;
		}

		void unpack(long[] key, int offset, int[] values) {
			for (int f = 0; f < count; f++) {
				values[f] = (int) get(key, offset, f);
			}
		}
	}

	static int bitsFor(long values) {
		return values <= 1 ? 1 : 64 - Long.numberOfLeadingZeros(values - 1);
	}

	/** The encoding for a search: by page, by multiset of pages, or by sorted pages, whichever is smallest. */
	static StateEncoding choose(PageAutomaton automaton, int pages, Symmetry symmetry, BoundWatch watch) {
		if (!symmetry.pages()) {
			return new PageVector(automaton, pages, symmetry, watch);
		}
		int globalBits = automaton.hasGlobal() ? bitsFor(automaton.globalCount()) : 0;
		int sortedBits = pages * bitsFor(automaton.size()) + globalBits;
		int countBits = automaton.size() * bitsFor(pages + 1L) + globalBits;
		if (countBits <= sortedBits) {
			return new PageCounts(automaton, pages, symmetry, watch);
		}
		return new SortedPages(automaton, pages, symmetry, watch);
	}

	/** The fields of an encoding: count fields for values below valueCount, then the global number when there is one. */
	static Fields fields(PageAutomaton automaton, int count, long valueCount) {
		int bits = bitsFor(valueCount);
		return automaton.hasGlobal() ? new Fields(count + 1, bits, bitsFor(automaton.globalCount()))
				: new Fields(count, bits);
	}

}
