package org.ptl.sim.explore;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The hash table of a store whose states fit 31 bits, which the threads expanding a chunk of the
 * queue fill themselves: each slot is one long, the state in its low half (bit 31 set, so that zero
 * means empty) and in its high half the claim, the number of the state it was first reached from.
 * A thread that finds a state missing claims the empty slot with one compare-and-set, so that every
 * other thread sees the state at once and does not report it again; a thread that reaches a state
 * claimed in the same chunk from a state earlier in the queue lowers the claim, so that the state
 * keeps the parent a single thread would have given it. Claims older than the chunk are settled:
 * those states are stored or about to be. So the search does not depend on the number of threads,
 * and the thread that adds the new states to the queue only appends them.
 *
 * <p>A claimed state is never moved while threads claim: the table grows only between chunks,
 * when {@link #makeRoom} is told how many states the next chunk may add at most.
 */
final class ClaimTable {

	/** {@link #claim}: the state is stored, or claimed by this chunk from an earlier or the same parent. */
	static final int KNOWN = -2;
	/** {@link #claim}: the state was missing; the caller claimed it. */
	static final int NEW = -1;

	private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);
	/** Grow between chunks past this load, as the wide table does. */
	private static final int GROW_PERCENT = 70;
	/** A chunk may fill the table up to this load at worst: linear probing stays short. */
	private static final int FULL_PERCENT = 85;

	private long[] slots;
	private int mask;
	/** States in the table, claimed or added; updated between chunks. */
	private long occupied;

	ClaimTable(int capacity) {
		slots = new long[capacity];
		mask = capacity - 1;
	}

	private static long slot(int key, int claim) {
		return ((long) claim << 32) | (key & 0xFFFF_FFFFL);
	}

	/**
	 * Adds a state from the one thread that adds, with the state it was reached from as its
	 * (settled) claim; false when it is there already.
	 */
	boolean add(int key, int hash, int parent) {
		long[] t = slots;
		int m = mask;
		int at = hash & m;
		for (long stored; (stored = t[at]) != 0; at = (at + 1) & m) {
			if ((int) stored == key) {
				return false;
			}
		}
		SLOT.setRelease(t, at, slot(key, parent));
		occupied++;
		return true;
	}

	/**
	 * Looks a batch of successors (one-word states) up from a thread expanding the chunk that
	 * starts at chunkFrom, and claims each for its parent unless it is known: outcomes[k] is
	 * {@link #KNOWN}, {@link #NEW}, or the claim it took over (the parent of an entry another
	 * thread of the chunk made, which no longer holds). The first slots are read ahead of the
	 * lookups; the sum of what was read is returned only so that those reads stay.
	 */
	long claimAll(long[] words, int[] hashes, int[] parents, int count, int chunkFrom, int[] outcomes) {
		long[] t = slots;
		int m = mask;
		long sum = 0;
		for (int k = 0; k < count; k++) {
			sum += t[hashes[k] & m];
		}
		for (int k = 0; k < count; k++) {
			outcomes[k] = claim(t, m, PackedStates.narrow(words[k]), hashes[k], parents[k], chunkFrom);
		}
		return sum;
	}

	private static int claim(long[] t, int m, int key, int hash, int parent, int chunkFrom) {
		long mine = slot(key, parent);
		for (int at = hash & m;; at = (at + 1) & m) {
			long stored = (long) SLOT.getOpaque(t, at);
			while (stored == 0) {
				if (SLOT.compareAndSet(t, at, 0L, mine)) {
					return NEW;
				}
				stored = (long) SLOT.getOpaque(t, at);
			}
			if ((int) stored != key) {
				continue;
			}
			for (int claim = (int) (stored >>> 32); claim >= chunkFrom && claim > parent; claim = (int) (stored >>> 32)) {
				long witness = (long) SLOT.compareAndExchange(t, at, stored, mine);
				if (witness == stored) {
					return claim;
				}
				stored = witness;
			}
			return KNOWN;
		}
	}

	/** Counts states the threads of a chunk claimed. */
	void claimed(long states) {
		occupied += states;
	}

	/**
	 * Whether the table must grow before a chunk that may claim this many more states: past the
	 * growth load, or when those states could fill it.
	 */
	boolean mustGrowFor(long more) {
		long capacity = mask + 1L;
		return occupied * 100 > capacity * GROW_PERCENT || (occupied + more) * 100 > capacity * FULL_PERCENT;
	}

	/** How many more states a chunk may claim without growing the table. */
	long room() {
		return Math.max(0, (mask + 1L) * FULL_PERCENT / 100 - occupied);
	}

	/** Grows after {@link #add} as the wide table does. */
	void growIfFull() {
		if (occupied * 100 > (mask + 1L) * GROW_PERCENT) {
			grow();
		}
	}

	/** Doubles the table, sweeping the old slots in order (see {@link StateStore}'s grow). */
	void grow() {
		long[] old = slots;
		int oldMask = mask;
		long[] t = new long[old.length * 2];
		int m = t.length - 1;
		int start = 0;
		while (start <= oldMask && old[start] != 0) {
			start++;
		}
		for (int k = 0; k <= oldMask; k++) {
			long stored = old[(start + k) & oldMask];
			if (stored == 0) {
				continue;
			}
			int at = PackedStates.hash(PackedStates.wide((int) stored)) & m;
			while (t[at] != 0) {
				at = (at + 1) & m;
			}
			t[at] = stored;
		}
		slots = t;
		mask = m;
	}

	long bytes() {
		return 8L * slots.length;
	}
}
