package org.ptl.sim.explore;

import java.util.Arrays;

/**
 * The successors one expansion has kept, indexed so that a state reached again from another state of
 * its range is kept once: a new state is often reached from several states of a chunk, and
 * dropping the repeats here, in a small table that stays in cache, spares the single thread that
 * adds them. States of one word are kept in the index itself (one place to look); wider ones by
 * their position among those kept. A store that {@linkplain StateStore#claims() claims} needs no
 * such index: its table already tells every thread what any thread found.
 */
final class KeptIndex {

	private final int words;
	/** For states of several words: position + 1 of a kept state, 0 for an empty slot. */
	private int[] positions = new int[1 << 10];
	/** For states of one word: the words themselves, 0 for an empty slot. */
	private long[] oneWord = new long[1 << 10];

	KeptIndex(int words) {
		this.words = words;
	}

	/**
	 * Whether the candidate at offset was kept before, among the count states in keys (with their
	 * hashes); if not, it is indexed as the next one kept.
	 */
	boolean seen(long[] keys, int[] hashes, int count, long[] candidate, int offset, int hash) {
		if (words == 1) {
			return seenWord(keys, hashes, count, candidate[offset], hash);
		}
		if (count * 2 >= positions.length) {
			reindex(hashes, count);
		}
		int m = positions.length - 1;
		for (int slot = hash & m;; slot = (slot + 1) & m) {
			int index = positions[slot] - 1;
			if (index < 0) {
				positions[slot] = count + 1;
				return false;
			}
			if (hashes[index] == hash
					&& Arrays.equals(keys, index * words, index * words + words, candidate, offset, offset + words)) {
				return true;
			}
		}
	}

	private boolean seenWord(long[] keys, int[] hashes, int count, long word, int hash) {
		if (count * 2 >= oneWord.length) {
			oneWord = new long[oneWord.length * 2];
			for (int index = 0; index < count; index++) {
				insertWord(keys[index], hashes[index]);
			}
		}
		int m = oneWord.length - 1;
		for (int slot = hash & m;; slot = (slot + 1) & m) {
			long stored = oneWord[slot];
			if (stored == word) {
				return true;
			}
			if (stored == 0) {
				oneWord[slot] = word;
				return false;
			}
		}
	}

	/** Sizes the one-word index for about this many states kept, sparing the doublings on the way. */
	void expect(int states) {
		int size = Integer.highestOneBit(Math.max(1 << 10, Math.min(1 << 24, states)) * 4 - 1);
		if (size > oneWord.length) {
			oneWord = new long[size];
		}
	}

	/**
	 * Reads the one-word index's slots of a batch of hashes ahead of the lookups (as
	 * {@link StateStore#touch} does for the store): the misses overlap rather than come one by one.
	 */
	long touch(int[] hashes, int count) {
		int m = oneWord.length - 1;
		long sum = 0;
		for (int k = 0; k < count; k++) {
			sum += oneWord[hashes[k] & m];
		}
		return sum;
	}

	private void insertWord(long word, int hash) {
		int m = oneWord.length - 1;
		int slot = hash & m;
		while (oneWord[slot] != 0) {
			slot = (slot + 1) & m;
		}
		oneWord[slot] = word;
	}

	private void reindex(int[] hashes, int count) {
		positions = new int[positions.length * 2];
		int m = positions.length - 1;
		for (int index = 0; index < count; index++) {
			int slot = hashes[index] & m;
			while (positions[slot] != 0) {
				slot = (slot + 1) & m;
			}
			positions[slot] = index + 1;
		}
	}
}
