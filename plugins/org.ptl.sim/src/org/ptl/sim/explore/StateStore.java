package org.ptl.sim.explore;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The states found so far, without a Java object per state: each state is a fixed number of packed
 * 64-bit words (the top bit of its first word always set, so that an all-zero slot means empty),
 * kept twice: in an arena of chunks, numbered in the order found (breadth-first, so the arena is also
 * the search queue) with the number of the state it was reached from; and in an open-addressing hash
 * table of the words themselves, so that looking a state up touches one place in memory. A state of
 * at most 31 bits is kept narrow: an int with bit 31 marking it in the arena, and, instead of the
 * table, either {@link StateMarks} addressed by the state itself (at most
 * {@value StateMarks#MAX_BITS} bits) or a {@link ClaimTable}; the threads expanding a chunk claim
 * states in those themselves, and the new states of a chunk are then only
 * {@linkplain #append appended}.
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
	private static final int MAX_LOAD_PERCENT = 70;

	/** A table and its mask, read together by lookups in other threads. */
	private static final class Table {
		final long[] slots;
		final int mask;

		Table(int capacity, int words) {
			this.slots = new long[capacity * words];
			this.mask = capacity - 1;
		}
	}

	private final int words;
	/** One word of at most 31 bits per state: the arena holds ints, and the threads expanding claim states. */
	private final boolean narrow;
	private final StateArena arena;
	/** The table of a wide store, else null. */
	private Table table;
	/** The table of a narrow store too wide for marks, else null. */
	private final ClaimTable claims;
	/** The marks of a narrow store of at most {@link StateMarks#MAX_BITS} bits, else null. */
	private final StateMarks marks;
	private int size;

	/**
	 * A store for states of the given words whose packed form takes the given bits (top bit of the
	 * first word aside), with marks when they take at most half the memory the search may use.
	 */
	StateStore(int words, int bits, long maxMemory) {
		this.words = words;
		this.narrow = words == 1 && bits <= 31;
		this.arena = new StateArena(words, narrow);
		this.table = narrow ? null : new Table(256, words);
		this.marks = narrow && StateMarks.fit(bits, maxMemory) ? new StateMarks(bits) : null;
		this.claims = narrow && marks == null ? new ClaimTable(256) : null;
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
		return size >= StateArena.CHUNK_STATES;
	}

	/**
	 * Whether the state is stored (a wide store; the expanding threads look a narrow store's states
	 * up as they claim them, {@link #claimAll}).
	 */
	boolean contains(long[] key, int offset, int hash) {
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

	/**
	 * Reads the first slot of hashes[from..from+count) of a wide store, so that the processor has
	 * those cache lines on their way before the lookups need them; returns a value only so that the
	 * reads cannot be left out.
	 */
	long touch(int[] hashes, int from, int count) {
		Table current = table;
		int m = current.mask;
		long sum = 0;
		for (int i = from; i < from + count; i++) {
			sum += current.slots[(hashes[i] & m) * words];
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
			return addNarrow(PackedStates.narrow(key[offset]), hash, parent);
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
		arena.add(id, key, offset, parent);
		if ((long) size * 100 > (long) (m + 1) * MAX_LOAD_PERCENT) {
			grow();
		}
		return id;
	}

	/** Whether states are looked up by their hash: not with {@link StateMarks}. */
	boolean hashes() {
		return marks == null;
	}

	/** Whether expanding threads claim the states they find in the table ({@link ClaimTable}). */
	boolean claims() {
		return narrow;
	}

	/** {@link ClaimTable#claimAll} or {@link StateMarks#claimAll} for states of one word. */
	long claimAll(long[] words, int[] hashes, int[] parents, int count, int chunkFrom, int claimer, int[] outcomes) {
		if (marks != null) {
			return marks.claimAll(words, count, claimer, outcomes);
		}
		return claims.claimAll(words, hashes, parents, count, chunkFrom, outcomes);
	}

	/** Counts the states the threads of a chunk claimed ({@link ClaimTable#NEW}). */
	void claimed(long states) {
		if (claims != null) {
			claims.claimed(states);
		}
	}

	/**
	 * Whether a state a thread kept is to be appended now: always with a claim table, where a state
	 * has one claim; with marks, only at its first in queue order ({@link StateMarks#firstKept}).
	 */
	boolean firstCandidate(long word) {
		return marks == null || marks.firstKept(word);
	}

	/** Numbers a claimed state of one word, the next in the queue; its number. */
	int append(long word, int parent) {
		int id = size++;
		arena.add(id, PackedStates.narrow(word), parent);
		return id;
	}

	/** How many states a chunk may claim before the claim table must grow (marks do not grow). */
	long claimRoom() {
		return claims.room();
	}

	/** Whether the claim table must grow before a chunk that may claim this many states. */
	boolean mustGrowFor(long states) {
		return claims.mustGrowFor(states);
	}

	/** Doubles the claim table (between chunks). */
	void growClaims() {
		claims.grow();
	}

	private int addNarrow(int key, int hash, int parent) {
		if (marks != null ? !marks.add(key) : !claims.add(key, hash, parent)) {
			return -1;
		}
		int id = size++;
		arena.add(id, key, parent);
		if (claims != null) {
			claims.growIfFull();
		}
		return id;
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
		Table grown = new Table((oldMask + 1) * 2, words);
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
			int slot = PackedStates.hash(old, base, words) & m;
			while (t[slot * words] != 0) {
				slot = (slot + 1) & m;
			}
			System.arraycopy(old, base, t, slot * words, words);
		}
		table = grown;
	}

	/** The word of a state of one word. */
	long word(int id) {
		return arena.word(id);
	}

	/** Copies the words of a state into out at offset. */
	void read(int id, long[] out, int offset) {
		arena.read(id, out, offset);
	}

	int parent(int id) {
		return arena.parent(id);
	}

	/** Heap the store holds: arena and parent chunks in use and the hash table. */
	long bytes() {
		return tableBytes() + arena.bytes();
	}

	private long tableBytes() {
		return marks != null ? marks.bytes() : narrow ? claims.bytes() : 8L * table.slots.length;
	}

	/** Whether adding one more state makes the table of a wide store grow. */
	boolean growsOnNextAdd() {
		return (long) (size + 1) * 100 > (long) (table.mask + 1) * MAX_LOAD_PERCENT;
	}

	/**
	 * Heap the store would hold after its next growth, so that a memory bound stops before it: the
	 * table's, or with marks (which do not grow) the arena's by a chunk of states.
	 */
	long bytesAfterGrowth() {
		return bytes() + (marks != null ? arena.chunkBytes() : tableBytes() * 2);
	}
}
