package org.ptl.sim.explore;

import java.util.Arrays;

/**
 * Under page symmetry, how many pages hold each page value: the multiset is the canonical form,
 * and a transition moves one page from one value to another, one subtraction and one addition. The
 * global number, when there is one, is the last field.
 */
final class PageCounts extends StateEncoding {

	private final PageAutomaton automaton;
	private final Symmetry symmetry;
	private final BoundWatch watch;
	private final int pages;
	private final int values;
	private final Fields fields;
	private final long[] scratch;
	private final long[] best;
	private final int[] counts;
	private final int[] image;
	private final GlobalMoves global;
	private final int[] ids;

	PageCounts(PageAutomaton automaton, int pages, Symmetry symmetry, BoundWatch watch) {
		this.automaton = automaton;
		this.symmetry = symmetry;
		this.watch = watch;
		this.pages = pages;
		this.values = automaton.size();
		boolean hasGlobal = automaton.hasGlobal();
		this.fields = fields(automaton, values, pages + 1L);
		this.scratch = new long[fields.words];
		this.best = new long[fields.words];
		this.counts = new int[fields.count];
		this.image = new int[fields.count];
		this.global = hasGlobal ? new GlobalMoves(automaton, pages, watch) : null;
		this.ids = new int[pages + (hasGlobal ? 1 : 0)];
	}

	@Override
	int words() {
		return fields.words;
	}

	@Override
	int bits() {
		return fields.totalBits();
	}

	@Override
	void encode(int[] state, long[] out, int offset) {
		Arrays.fill(counts, 0);
		for (int p = 0; p < pages; p++) {
			counts[state[p]]++;
		}
		if (global != null) {
			counts[values] = state[pages];
		}
		packCanonical(out, offset);
	}

	/** Packs counts, the smallest of its images under family-member permutations. */
	private void packCanonical(long[] out, int offset) {
		fields.pack(counts, out, offset);
		int[][] memberImages = symmetry.memberImages();
		for (int m = 0; m < memberImages.length; m++) {
			int[] map = memberImages[m];
			Arrays.fill(image, 0);
			for (int v = 0; v < values; v++) {
				image[map[v]] += counts[v];
			}
			if (global != null) {
				image[values] = symmetry.globalImages()[m][counts[values]];
			}
			fields.pack(image, best, 0);
			if (Arrays.compareUnsigned(best, 0, fields.words, out, offset, offset + fields.words) < 0) {
				System.arraycopy(best, 0, out, offset, fields.words);
			}
		}
	}

	@Override
	void decode(long[] key, int offset, int[] state) {
		int at = 0;
		for (int v = 0; v < values; v++) {
			for (long c = fields.get(key, offset, v); c > 0; c--) {
				state[at++] = v;
			}
		}
		if (global != null) {
			state[pages] = (int) fields.get(key, offset, values);
		}
	}

	@Override
	boolean successors(long[] key, int offset, Sink sink) {
		if (global != null) {
			decode(key, offset, ids);
			return global.successors(ids, true, (state, breaks) -> {
				encode(state, scratch, 0);
				sink.successor(scratch, breaks);
			});
		}
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
				sink.successor(scratch, automaton.breaks(target));
			}
		}
		return enabled;
	}

	@Override
	StateEncoding copy() {
		return new PageCounts(automaton, pages, symmetry.copy(), watch);
	}
}
