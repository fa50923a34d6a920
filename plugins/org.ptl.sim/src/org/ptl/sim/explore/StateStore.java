package org.ptl.sim.explore;

/**
 * The states found so far, without a Java object per state: each state is a fixed number of packed
 * 64-bit words (the top bit of its first word always set, so that an all-zero slot means empty),
 * kept twice: in an arena of chunks, numbered in the order found (breadth-first, so the arena is also
 * the search queue) with the number of the state it was reached from; and in an open-addressing hash
 * table of the words themselves, so that looking a state up touches one place in memory.
 */
final class StateStore {

	static final long OCCUPIED = 1L << 63;

	private static final int CHUNK_SHIFT = 16;
	private static final int CHUNK_STATES = 1 << CHUNK_SHIFT;
	private static final int MAX_LOAD_PERCENT = 70;

	private final int words;
	private long[][] arena = new long[16][];
	private int[][] parents = new int[16][];
	private long[] table;
	private int mask;
	private int size;

	StateStore(int words) {
		this.words = words;
		this.table = new long[256 * words];
		this.mask = 255;
	}

	int words() {
		return words;
	}

	int size() {
		return size;
	}

	/** The hash of a state's words (their bits are well mixed, so that linear probing stays short). */
	static int hash(long[] key, int offset, int words) {
		long h = 0x9E3779B97F4A7C15L;
		for (int i = 0; i < words; i++) {
			h = (h ^ key[offset + i]) * 0xBF58476D1CE4E5B9L;
			h ^= h >>> 31;
		}
		return (int) (h ^ (h >>> 32));
	}

	/** Whether the state is stored (safe from several threads while nothing is added). */
	boolean contains(long[] key, int offset, int hash) {
		long[] t = table;
		int m = mask;
		for (int slot = hash & m;; slot = (slot + 1) & m) {
			int base = slot * words;
			long first = t[base];
			if (first == 0) {
				return false;
			}
			if (first == key[offset] && equalRest(t, base, key, offset)) {
				return true;
			}
		}
	}

	private boolean equalRest(long[] t, int base, long[] key, int offset) {
		for (int i = 1; i < words; i++) {
			if (t[base + i] != key[offset + i]) {
				return false;
			}
		}
		return true;
	}

	/** Adds the state unless it is there: its new number, or -1 when it was already stored. */
	int add(long[] key, int offset, int hash, int parent) {
		long[] t = table;
		int m = mask;
		int slot = hash & m;
		for (;; slot = (slot + 1) & m) {
			int base = slot * words;
			long first = t[base];
			if (first == 0) {
				break;
			}
			if (first == key[offset] && equalRest(t, base, key, offset)) {
				return -1;
			}
		}
		System.arraycopy(key, offset, t, slot * words, words);
		int id = size++;
		append(id, key, offset, parent);
		if ((long) size * 100 > (long) (mask + 1) * MAX_LOAD_PERCENT) {
			grow();
		}
		return id;
	}

	private void append(int id, long[] key, int offset, int parent) {
		int chunk = id >>> CHUNK_SHIFT;
		if (chunk == arena.length) {
			arena = java.util.Arrays.copyOf(arena, chunk * 2);
			parents = java.util.Arrays.copyOf(parents, chunk * 2);
		}
		int within = id & (CHUNK_STATES - 1);
		if (arena[chunk] == null) {
			// the first chunk starts small and grows, so that a small search takes little heap
			int states = chunk == 0 ? 256 : CHUNK_STATES;
			arena[chunk] = new long[states * words];
			parents[chunk] = new int[states];
		} else if (within == parents[chunk].length) {
			int states = Math.min(CHUNK_STATES, parents[chunk].length * 2);
			arena[chunk] = java.util.Arrays.copyOf(arena[chunk], states * words);
			parents[chunk] = java.util.Arrays.copyOf(parents[chunk], states);
		}
		System.arraycopy(key, offset, arena[chunk], within * words, words);
		parents[chunk][within] = parent;
	}

	private void grow() {
		int capacity = (mask + 1) * 2;
		long[] grown = new long[capacity * words];
		int m = capacity - 1;
		for (int id = 0; id < size; id++) {
			long[] chunk = arena[id >>> CHUNK_SHIFT];
			int offset = (id & (CHUNK_STATES - 1)) * words;
			int slot = hash(chunk, offset, words) & m;
			while (grown[slot * words] != 0) {
				slot = (slot + 1) & m;
			}
			System.arraycopy(chunk, offset, grown, slot * words, words);
		}
		table = grown;
		mask = m;
	}

	/** Copies the words of a state into out at offset. */
	void read(int id, long[] out, int offset) {
		System.arraycopy(arena[id >>> CHUNK_SHIFT], (id & (CHUNK_STATES - 1)) * words, out, offset, words);
	}

	int parent(int id) {
		return parents[id >>> CHUNK_SHIFT][id & (CHUNK_STATES - 1)];
	}

	/** Heap the store holds: arena and parent chunks in use and the hash table. */
	long bytes() {
		long bytes = 8L * table.length;
		for (int chunk = 0; chunk < parents.length && parents[chunk] != null; chunk++) {
			bytes += 8L * arena[chunk].length + 4L * parents[chunk].length;
		}
		return bytes;
	}

	/** Whether adding one more state makes the table grow. */
	boolean growsOnNextAdd() {
		return (long) (size + 1) * 100 > (long) (mask + 1) * MAX_LOAD_PERCENT;
	}

	/** Heap the store would hold after its next growth, so that a memory bound stops before it. */
	long bytesAfterGrowth() {
		return bytes() + 8L * table.length * 2;
	}
}
