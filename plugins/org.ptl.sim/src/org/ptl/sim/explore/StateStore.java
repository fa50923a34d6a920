package org.ptl.sim.explore;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The states found so far, without a Java object per state: each state is a fixed number of packed
 * 64-bit words (the top bit of its first word always set, so that an all-zero slot means empty),
 * kept twice: in an arena of chunks, numbered in the order found (breadth-first, so the arena is also
 * the search queue) with the number of the state it was reached from; and in an open-addressing hash
 * table of the words themselves, so that looking a state up touches one place in memory. A state of
 * at most 31 bits is kept narrow, as an int with bit 31 marking a used slot: half the memory, and
 * twice the states in each cache line.
 *
 * <p>One thread adds; others may look states up and read stored states meanwhile (once
 * {@link #readableWhileAdding()}). A lookup racing an addition may miss the state being added, never
 * report one that is not there: a state's first word is published last, and a reader that sees a
 * table before its contents sees empty slots. The explorer treats a miss as a candidate to add, and
 * adding it again is refused, so the result does not depend on the race.
 */
final class StateStore {

	static final long OCCUPIED = 1L << 63;

	private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);
	private static final int CHUNK_SHIFT = 16;
	private static final int CHUNK_STATES = 1 << CHUNK_SHIFT;
	/** Enough chunk references for every state an int can number, so the directories never move. */
	private static final int MAX_CHUNKS = (int) ((1L << 31) >>> CHUNK_SHIFT);
	private static final int MAX_LOAD_PERCENT = 70;

	/** A table and its mask, read together by lookups in other threads. */
	private static final class Table {
		final long[] slots;
		/** The slots of a narrow store: a state in 31 bits, bit 31 set in a used slot. */
		final int[] ints;
		final int mask;

		Table(int capacity, int words, boolean narrow) {
			this.slots = narrow ? null : new long[capacity * words];
			this.ints = narrow ? new int[capacity] : null;
			this.mask = capacity - 1;
		}
	}

	private static final int NARROW_USED = 0x80000000;
	private static final VarHandle INT_SLOT = MethodHandles.arrayElementVarHandle(int[].class);

	private static int narrow(long word) {
		return (int) word | NARROW_USED;
	}

	private static long wide(int narrow) {
		return (narrow & 0x7FFFFFFFL) | OCCUPIED;
	}

	private final int words;
	/** One word of at most 31 bits per state: table and arena hold ints, half the memory. */
	private final boolean narrow;
	private final long[][] arena = new long[MAX_CHUNKS][];
	private final int[][] narrowArena;
	private final int[][] parents = new int[MAX_CHUNKS][];
	private Table table;
	private int size;

	StateStore(int words) {
		this(words, words * 64);
	}

	/** A store for states of the given words whose packed form takes the given bits (top bit of the first word aside). */
	StateStore(int words, int bits) {
		this.words = words;
		this.narrow = words == 1 && bits <= 31;
		this.narrowArena = narrow ? new int[MAX_CHUNKS][] : null;
		this.table = new Table(256, words, narrow);
	}

	int words() {
		return words;
	}

	int size() {
		return size;
	}

	/**
	 * Whether other threads may read and look up while states are added: once the first chunk of
	 * the arena is full, no stored state moves in memory again.
	 */
	boolean readableWhileAdding() {
		return size >= CHUNK_STATES;
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

	/** The hash of a state of one word, the same as {@link #hash(long[], int, int)} gives for it. */
	static int hash(long word) {
		long h = (0x9E3779B97F4A7C15L ^ word) * 0xBF58476D1CE4E5B9L;
		h ^= h >>> 31;
		return (int) (h ^ (h >>> 32));
	}

	/** Whether the state is stored. */
	boolean contains(long[] key, int offset, int hash) {
		if (narrow) {
			return contains(key[offset], hash);
		}
		Table current = table;
		long[] t = current.slots;
		int m = current.mask;
		for (int slot = hash & m;; slot = (slot + 1) & m) {
			int base = slot * words;
			long first = (long) SLOT.getAcquire(t, base);
			if (first == 0) {
				return false;
			}
			if (first == key[offset] && equalRest(t, base, key, offset)) {
				return true;
			}
		}
	}

	/** {@link #contains(long[], int, int)} for a state of one word. */
	boolean contains(long word, int hash) {
		if (narrow) {
			return containsNarrow(narrow(word), hash);
		}
		Table current = table;
		long[] t = current.slots;
		int m = current.mask;
		for (int slot = hash & m;; slot = (slot + 1) & m) {
			long stored = (long) SLOT.getOpaque(t, slot);
			if (stored == word) {
				return true;
			}
			if (stored == 0) {
				return false;
			}
		}
	}

	private boolean containsNarrow(int key, int hash) {
		Table current = table;
		int[] t = current.ints;
		int m = current.mask;
		for (int slot = hash & m;; slot = (slot + 1) & m) {
			int stored = (int) INT_SLOT.getOpaque(t, slot);
			if (stored == key) {
				return true;
			}
			if (stored == 0) {
				return false;
			}
		}
	}

	/**
	 * Reads the first slot of each hash, so that the processor has those cache lines on their way
	 * before the lookups need them; returns a value only so that the reads cannot be left out.
	 */
	long touch(int[] hashes, int from, int count) {
		Table current = table;
		if (narrow) {
			int[] t = current.ints;
			int m = current.mask;
			long sum = 0;
			for (int i = from; i < from + count; i++) {
				sum += t[hashes[i] & m];
			}
			return sum;
		}
		long[] t = current.slots;
		int m = current.mask;
		long sum = 0;
		for (int i = from; i < from + count; i++) {
			sum += t[(hashes[i] & m) * words];
		}
		return sum;
	}

	/** {@link #touch(int[], int, int)} for the first count hashes, leaving out those marked known. */
	long touch(int[] hashes, boolean[] known, int count) {
		Table current = table;
		int m = current.mask;
		long sum = 0;
		if (narrow) {
			int[] t = current.ints;
			for (int i = 0; i < count; i++) {
				sum += known[i] ? 0 : t[hashes[i] & m];
			}
		} else {
			long[] t = current.slots;
			for (int i = 0; i < count; i++) {
				sum += known[i] ? 0 : t[(hashes[i] & m) * words];
			}
		}
		return sum;
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
		if (narrow) {
			return addNarrow(narrow(key[offset]), hash, parent);
		}
		long[] t = table.slots;
		int m = table.mask;
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
		int base = slot * words;
		System.arraycopy(key, offset + 1, t, base + 1, words - 1);
		SLOT.setRelease(t, base, key[offset]); // last, so that a reader never sees a half-written state
		int id = size++;
		append(id, key, offset, parent);
		if ((long) size * 100 > (long) (m + 1) * MAX_LOAD_PERCENT) {
			grow();
		}
		return id;
	}

	private int addNarrow(int key, int hash, int parent) {
		int[] t = table.ints;
		int m = table.mask;
		int slot = hash & m;
		for (;; slot = (slot + 1) & m) {
			int stored = t[slot];
			if (stored == 0) {
				break;
			}
			if (stored == key) {
				return -1;
			}
		}
		INT_SLOT.setRelease(t, slot, key);
		int id = size++;
		int chunk = id >>> CHUNK_SHIFT;
		int within = id & (CHUNK_STATES - 1);
		if (narrowArena[chunk] == null) {
			int states = chunk == 0 ? 256 : CHUNK_STATES;
			narrowArena[chunk] = new int[states];
			parents[chunk] = new int[states];
		} else if (within == parents[chunk].length) {
			int states = Math.min(CHUNK_STATES, parents[chunk].length * 2);
			narrowArena[chunk] = Arrays.copyOf(narrowArena[chunk], states);
			parents[chunk] = Arrays.copyOf(parents[chunk], states);
		}
		narrowArena[chunk][within] = key;
		parents[chunk][within] = parent;
		if ((long) size * 100 > (long) (m + 1) * MAX_LOAD_PERCENT) {
			growNarrow();
		}
		return id;
	}

	private void growNarrow() {
		int[] old = table.ints;
		int oldMask = table.mask;
		Table grown = new Table((oldMask + 1) * 2, words, true);
		int[] t = grown.ints;
		int m = grown.mask;
		int start = 0;
		while (start <= oldMask && old[start] != 0) {
			start++;
		}
		for (int k = 0; k <= oldMask; k++) {
			int key = old[(start + k) & oldMask];
			if (key == 0) {
				continue;
			}
			int slot = hash(wide(key)) & m;
			while (t[slot] != 0) {
				slot = (slot + 1) & m;
			}
			t[slot] = key;
		}
		table = grown;
	}

	private void append(int id, long[] key, int offset, int parent) {
		int chunk = id >>> CHUNK_SHIFT;
		int within = id & (CHUNK_STATES - 1);
		if (arena[chunk] == null) {
			// the first chunk starts small and grows, so that a small search takes little heap
			int states = chunk == 0 ? 256 : CHUNK_STATES;
			arena[chunk] = new long[states * words];
			parents[chunk] = new int[states];
		} else if (within == parents[chunk].length) {
			int states = Math.min(CHUNK_STATES, parents[chunk].length * 2);
			arena[chunk] = Arrays.copyOf(arena[chunk], states * words);
			parents[chunk] = Arrays.copyOf(parents[chunk], states);
		}
		System.arraycopy(key, offset, arena[chunk], within * words, words);
		parents[chunk][within] = parent;
	}

	/**
	 * Doubles the table. Any order of insertion gives a correct table; sweeping the old slots in
	 * order sends each state to its old slot or one old capacity further, so the writes go forwards
	 * through memory instead of all over it (starting after the run at slot 0, which may have
	 * wrapped, keeps that true at the ends).
	 */
	private void grow() {
		long[] old = table.slots;
		int oldMask = table.mask;
		Table grown = new Table((oldMask + 1) * 2, words, false);
		long[] t = grown.slots;
		int m = grown.mask;
		int start = 0;
		while (start <= oldMask && old[start * words] != 0) {
			start++;
		}
		for (int k = 0; k <= oldMask; k++) {
			int base = ((start + k) & oldMask) * words;
			if (old[base] == 0) {
				continue;
			}
			int slot = hash(old, base, words) & m;
			while (t[slot * words] != 0) {
				slot = (slot + 1) & m;
			}
			System.arraycopy(old, base, t, slot * words, words);
		}
		table = grown;
	}

	/** The word of a state of one word. */
	long word(int id) {
		if (narrow) {
			return wide(narrowArena[id >>> CHUNK_SHIFT][id & (CHUNK_STATES - 1)]);
		}
		return arena[id >>> CHUNK_SHIFT][id & (CHUNK_STATES - 1)];
	}

	/** Copies the words of a state into out at offset. */
	void read(int id, long[] out, int offset) {
		if (narrow) {
			out[offset] = word(id);
			return;
		}
		System.arraycopy(arena[id >>> CHUNK_SHIFT], (id & (CHUNK_STATES - 1)) * words, out, offset, words);
	}

	int parent(int id) {
		return parents[id >>> CHUNK_SHIFT][id & (CHUNK_STATES - 1)];
	}

	/** Heap the store holds: arena and parent chunks in use and the hash table. */
	long bytes() {
		long bytes = tableBytes();
		for (int chunk = 0; chunk < MAX_CHUNKS && parents[chunk] != null; chunk++) {
			bytes += (narrow ? 4L * narrowArena[chunk].length : 8L * arena[chunk].length) + 4L * parents[chunk].length;
		}
		return bytes;
	}

	private long tableBytes() {
		return narrow ? 4L * table.ints.length : 8L * table.slots.length;
	}

	/** Whether adding one more state makes the table grow. */
	boolean growsOnNextAdd() {
		return (long) (size + 1) * 100 > (long) (table.mask + 1) * MAX_LOAD_PERCENT;
	}

	/** Heap the store would hold after its next growth, so that a memory bound stops before it. */
	long bytesAfterGrowth() {
		return bytes() + tableBytes() * 2;
	}
}
