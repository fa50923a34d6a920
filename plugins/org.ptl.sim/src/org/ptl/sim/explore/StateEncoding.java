package org.ptl.sim.explore;

/**
 * How the explorer packs a state into 64-bit words and finds its successors without unpacking it
 * when it can. The top bit of the first word is always set (the store's mark for a used slot).
 * With page symmetry a state is a multiset of page values; without it, a vector indexed by page.
 */
abstract class StateEncoding {

	/** Receives the successors of a state, one at a time, in a scratch array it must not keep. */
	interface Sink {
		/** A successor: its packed words at key[0..words), and the page value a transition produced. */
		void successor(long[] key, int target);

	}

	abstract int words();

	/** Bits of a packed state. */
	abstract int bits();

	/** Packs a state given as a page value per page, in canonical form. */
	abstract void encode(int[] pageIds, long[] out, int offset);

	/** A state as a page value per page (for a multiset: the values in ascending order). */
	abstract void decode(long[] key, int offset, int[] pageIds);

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
	static StateEncoding choose(PageAutomaton automaton, int pages, Symmetry symmetry) {
		if (!symmetry.pages()) {
			return new PageVector(automaton, pages, symmetry);
		}
		int sortedBits = pages * bitsFor(automaton.size());
		int countBits = automaton.size() * bitsFor(pages + 1L);
		if (countBits <= sortedBits) {
			return new PageCounts(automaton, pages, symmetry);
		}
		return new SortedPages(automaton, pages, symmetry);
	}

	/** A page value per page; family-member symmetry by the smallest image. */
	static final class PageVector extends StateEncoding {

		private final PageAutomaton automaton;
		private final Symmetry symmetry;
		private final Fields fields;
		private final long[] scratch;
		private final int[] ids;
		private final int[] next;

		PageVector(PageAutomaton automaton, int pages, Symmetry symmetry) {
			this.automaton = automaton;
			this.symmetry = symmetry;
			this.fields = new Fields(pages, bitsFor(automaton.size()));
			this.scratch = new long[fields.words];
			this.ids = new int[pages];
			this.next = new int[pages];
		}

		@Override
		int words() {
			return fields.words;
		}

		@Override
		int bits() {
			return fields.count * fields.bits;
		}

		@Override
		void encode(int[] pageIds, long[] out, int offset) {
			int[] canonical = pageIds.clone();
			symmetry.canonicalize(canonical);
			fields.pack(canonical, out, offset);
		}

		@Override
		void decode(long[] key, int offset, int[] pageIds) {
			fields.unpack(key, offset, pageIds);
		}

		@Override
		boolean successors(long[] key, int offset, Sink sink) {
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
						System.arraycopy(ids, 0, next, 0, ids.length);
						next[p] = target;
						symmetry.canonicalize(next);
						fields.pack(next, scratch, 0);
					} else {
						// one field changes: no unpacking, no packing
						System.arraycopy(key, offset, scratch, 0, fields.words);
						scratch[word] += ((long) target - value) << shift;
					}
					sink.successor(scratch, target);
				}
			}
			return enabled;
		}

		/** Whether a state is one word and no member symmetry applies: the explorer's fast path. */
		boolean singleWord() {
			return fields.words == 1 && symmetry.memberImages().length == 0;
		}

		/**
		 * Appends the successors of a state of one word (see {@link #singleWord()}) to keys and
		 * targets from index at: one field changes, so a successor is the state plus a difference.
		 * Returns the new end, or -1 - at when no transition is enabled.
		 */
		int successors(long word, long[] keys, int[] targets, int at) {
			int bits = fields.bits;
			long mask = fields.mask;
			int end = at;
			for (int p = 0, shift = 0; p < fields.count; p++, shift += bits) {
				int value = (int) ((word >>> shift) & mask);
				for (int target : automaton.successorTargets(value)) {
					keys[end] = word + (((long) target - value) << shift);
					targets[end++] = target;
				}
			}
			return end == at ? -1 - at : end;
		}

		/** The most successors a state can have. */
		int maxSuccessors() {
			return fields.count * automaton.maxFanOut();
		}

		@Override
		StateEncoding copy() {
			return new PageVector(automaton, fields.count, symmetry.copy());
		}
	}

	/**
	 * Under page symmetry, how many pages hold each page value: the multiset is the canonical form,
	 * and a transition moves one page from one value to another, one subtraction and one addition.
	 */
	static final class PageCounts extends StateEncoding {

		private final PageAutomaton automaton;
		private final Symmetry symmetry;
		private final int pages;
		private final Fields fields;
		private final long[] scratch;
		private final long[] best;
		private final int[] counts;
		private final int[] image;

		PageCounts(PageAutomaton automaton, int pages, Symmetry symmetry) {
			this.automaton = automaton;
			this.symmetry = symmetry;
			this.pages = pages;
			this.fields = new Fields(automaton.size(), bitsFor(pages + 1L));
			this.scratch = new long[fields.words];
			this.best = new long[fields.words];
			this.counts = new int[automaton.size()];
			this.image = new int[automaton.size()];
		}

		@Override
		int words() {
			return fields.words;
		}

		@Override
		int bits() {
			return fields.count * fields.bits;
		}

		@Override
		void encode(int[] pageIds, long[] out, int offset) {
			java.util.Arrays.fill(counts, 0);
			for (int id : pageIds) {
				counts[id]++;
			}
			packCanonical(out, offset);
		}

		/** Packs counts, the smallest of its images under family-member permutations. */
		private void packCanonical(long[] out, int offset) {
			fields.pack(counts, out, offset);
			for (int[] map : symmetry.memberImages()) {
				java.util.Arrays.fill(image, 0);
				for (int v = 0; v < counts.length; v++) {
					image[map[v]] += counts[v];
				}
				fields.pack(image, best, 0);
				if (java.util.Arrays.compareUnsigned(best, 0, fields.words, out, offset, offset + fields.words) < 0) {
					System.arraycopy(best, 0, out, offset, fields.words);
				}
			}
		}

		@Override
		void decode(long[] key, int offset, int[] pageIds) {
			int at = 0;
			for (int v = 0; v < fields.count; v++) {
				for (long c = fields.get(key, offset, v); c > 0; c--) {
					pageIds[at++] = v;
				}
			}
		}

		@Override
		boolean successors(long[] key, int offset, Sink sink) {
			boolean enabled = false;
			boolean members = symmetry.memberImages().length > 0;
			if (members) {
				fields.unpack(key, offset, counts);
			}
			for (int value = 0; value < fields.count; value++) {
				if (fields.get(key, offset, value) == 0) {
					continue;
				}
				int[] targets = automaton.successorTargets(value);
				enabled |= targets.length > 0;
				for (int target : targets) {
					if (members) {
						counts[value]--;
						counts[target]++;
						packCanonical(scratch, 0);
						counts[target]--;
						counts[value]++;
					} else {
						System.arraycopy(key, offset, scratch, 0, fields.words);
						scratch[fields.word(value)] -= 1L << fields.shift(value);
						scratch[fields.word(target)] += 1L << fields.shift(target);
					}
					sink.successor(scratch, target);
				}
			}
			return enabled;
		}

		@Override
		StateEncoding copy() {
			return new PageCounts(automaton, pages, symmetry.copy());
		}
	}

	/** Under page symmetry with many page values: the page values sorted, smallest image for members. */
	static final class SortedPages extends StateEncoding {

		private final PageAutomaton automaton;
		private final Symmetry symmetry;
		private final Fields fields;
		private final long[] scratch;
		private final int[] ids;
		private final int[] next;

		SortedPages(PageAutomaton automaton, int pages, Symmetry symmetry) {
			this.automaton = automaton;
			this.symmetry = symmetry;
			this.fields = new Fields(pages, bitsFor(automaton.size()));
			this.scratch = new long[fields.words];
			this.ids = new int[pages];
			this.next = new int[pages];
		}

		@Override
		int words() {
			return fields.words;
		}

		@Override
		int bits() {
			return fields.count * fields.bits;
		}

		@Override
		void encode(int[] pageIds, long[] out, int offset) {
			int[] canonical = pageIds.clone();
			symmetry.canonicalize(canonical);
			fields.pack(canonical, out, offset);
		}

		@Override
		void decode(long[] key, int offset, int[] pageIds) {
			fields.unpack(key, offset, pageIds);
		}

		@Override
		boolean successors(long[] key, int offset, Sink sink) {
			fields.unpack(key, offset, ids);
			boolean enabled = false;
			for (int p = 0; p < ids.length; p++) {
				if (p > 0 && ids[p] == ids[p - 1]) {
					continue; // the same page value again: the same successors up to symmetry
				}
				int[] targets = automaton.successorTargets(ids[p]);
				enabled |= targets.length > 0;
				for (int target : targets) {
					System.arraycopy(ids, 0, next, 0, ids.length);
					next[p] = target;
					symmetry.canonicalize(next);
					fields.pack(next, scratch, 0);
					sink.successor(scratch, target);
				}
			}
			return enabled;
		}

		@Override
		StateEncoding copy() {
			return new SortedPages(automaton, fields.count, symmetry.copy());
		}
	}
}
