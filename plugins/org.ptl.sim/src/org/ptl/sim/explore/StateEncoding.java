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

	/** Packs fields of a fixed width into words, a field never straddling two words. */
	static final class Fields {

		final int count;
		final int bits;
		final int perWord;
		final int words;
		final long mask;

		Fields(int count, int bits) {
			this.count = count;
			this.bits = bits;
			this.perWord = 63 / bits;
			this.words = Math.max(1, (count + perWord - 1) / perWord);
			this.mask = (1L << bits) - 1;
		}

		int word(int field) {
			return field / perWord;
		}

		int shift(int field) {
			return bits * (field % perWord);
		}

		long get(long[] key, int offset, int field) {
			return (key[offset + word(field)] >>> shift(field)) & mask;
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

	/** The width of the fields of an encoding of values below count, wide enough for the global number too. */
	static int fieldBits(PageAutomaton automaton, long count) {
		return automaton.hasGlobal() ? Math.max(bitsFor(count), bitsFor(automaton.globalCount())) : bitsFor(count);
	}

}
