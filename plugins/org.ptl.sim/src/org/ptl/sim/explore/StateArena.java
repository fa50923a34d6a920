package org.ptl.sim.explore;

import java.util.Arrays;

/**
 * The stored states in the order found, each with the number of the state it was reached from:
 * chunks of {@value #CHUNK_STATES} states (the first starts small, so that a small search takes
 * little heap), as packed words, or as ints for a narrow store. Breadth-first, this is also the
 * search queue. The chunk directories have room for every state an int can number, so they never
 * move; once the first chunk is full, no stored state moves again.
 */
final class StateArena {

	static final int CHUNK_SHIFT = 16;
	static final int CHUNK_STATES = 1 << CHUNK_SHIFT;
	private static final int MAX_CHUNKS = (int) ((1L << 31) >>> CHUNK_SHIFT);

	private final int words;
	private final boolean narrow;
	private final long[][] wide;
	private final int[][] ints;
	private final int[][] parents = new int[MAX_CHUNKS][];

	StateArena(int words, boolean narrow) {
		this.words = words;
		this.narrow = narrow;
		this.wide = narrow ? null : new long[MAX_CHUNKS][];
		this.ints = narrow ? new int[MAX_CHUNKS][] : null;
	}

	/** Stores state id (the next number) of a wide store. */
	void add(int id, long[] key, int offset, int parent) {
		int within = room(id);
		int chunk = id >>> CHUNK_SHIFT;
		System.arraycopy(key, offset, wide[chunk], within * words, words);
		parents[chunk][within] = parent;
	}

	/** Stores state id (the next number) of a narrow store. */
	void add(int id, int key, int parent) {
		int within = room(id);
		int chunk = id >>> CHUNK_SHIFT;
		ints[chunk][within] = key;
		parents[chunk][within] = parent;
	}

	/** Makes room for state id in its chunk; its index there. */
	private int room(int id) {
		int chunk = id >>> CHUNK_SHIFT;
		int within = id & (CHUNK_STATES - 1);
		if (parents[chunk] == null) {
			int states = chunk == 0 ? 256 : CHUNK_STATES;
			allocate(chunk, states);
		} else if (within == parents[chunk].length) {
			allocate(chunk, Math.min(CHUNK_STATES, parents[chunk].length * 2));
		}
		return within;
	}

	private void allocate(int chunk, int states) {
		if (narrow) {
			ints[chunk] = ints[chunk] == null ? new int[states] : Arrays.copyOf(ints[chunk], states);
		} else {
			wide[chunk] = wide[chunk] == null ? new long[states * words] : Arrays.copyOf(wide[chunk], states * words);
		}
		parents[chunk] = parents[chunk] == null ? new int[states] : Arrays.copyOf(parents[chunk], states);
	}

	/** The word of a state of one word. */
	long word(int id) {
		int chunk = id >>> CHUNK_SHIFT;
		int within = id & (CHUNK_STATES - 1);
		return narrow ? PackedStates.wide(ints[chunk][within]) : wide[chunk][within];
	}

	/** Copies the words of a state into out at offset. */
	void read(int id, long[] out, int offset) {
		if (narrow) {
			out[offset] = word(id);
			return;
		}
		System.arraycopy(wide[id >>> CHUNK_SHIFT], (id & (CHUNK_STATES - 1)) * words, out, offset, words);
	}

	int parent(int id) {
		return parents[id >>> CHUNK_SHIFT][id & (CHUNK_STATES - 1)];
	}

	/** Heap a full chunk of states takes, with their parents. */
	long chunkBytes() {
		return (long) CHUNK_STATES * ((narrow ? 4 : 8L * words) + 4);
	}

	/** Heap the chunks in use take. */
	long bytes() {
		long bytes = 0;
		for (int chunk = 0; chunk < MAX_CHUNKS && parents[chunk] != null; chunk++) {
			bytes += (narrow ? 4L * ints[chunk].length : 8L * wide[chunk].length) + 4L * parents[chunk].length;
		}
		return bytes;
	}
}
