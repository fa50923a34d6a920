package org.ptl.sim.explore;

import java.util.Arrays;

/**
 * Under page symmetry, how many pages hold each page value: the multiset is the canonical form,
 * and a transition moves one page from one value to another, one subtraction and one addition.
 */
final class PageCounts extends StateEncoding {

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
		Arrays.fill(counts, 0);
		for (int id : pageIds) {
			counts[id]++;
		}
		packCanonical(out, offset);
	}

	/** Packs counts, the smallest of its images under family-member permutations. */
	private void packCanonical(long[] out, int offset) {
		fields.pack(counts, out, offset);
		for (int[] map : symmetry.memberImages()) {
			Arrays.fill(image, 0);
			for (int v = 0; v < counts.length; v++) {
				image[map[v]] += counts[v];
			}
			fields.pack(image, best, 0);
			if (Arrays.compareUnsigned(best, 0, fields.words, out, offset, offset + fields.words) < 0) {
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
