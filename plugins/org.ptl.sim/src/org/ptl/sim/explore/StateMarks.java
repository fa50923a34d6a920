package org.ptl.sim.explore;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The membership of a store whose states fit {@value #MAX_BITS} bits, addressed by the state itself:
 * two bits per possible state, so that a lookup is one read of a table a quarter of a byte per
 * possible state (2 MiB for the 23 bits of the two-gmap s390 model at ten pages) instead of probing
 * a hash table eight bytes per slot, which no longer fits the processor's cache. A state is unseen
 * (00), claimed by a thread expanding a chunk and not yet appended to the queue (11), or stored
 * (01). A thread that finds a state unseen claims it with one compare-and-set and keeps it; a
 * thread that finds it claimed keeps it too, as a candidate, since it may have reached it from a
 * state earlier in the queue than the claimer did; the one thread that appends then goes through
 * the candidates in queue order and {@linkplain #settle settles} each state at its first, so the
 * state keeps the parent a single thread would have given it, whichever thread ran first.
 */
final class StateMarks {

	/** The widest states kept this way: 16 MiB of marks, a fixed cost any search can afford. */
	static final int MAX_BITS = 26;

	/** {@link #claimAll}: the state is stored. */
	static final int KNOWN = ClaimTable.KNOWN;
	/** {@link #claimAll}: the state was unseen; the caller claimed it. */
	static final int NEW = ClaimTable.NEW;
	/** {@link #claimAll}: the state is claimed in this chunk (or one not yet appended): a candidate. */
	static final int CLAIMED = -3;

	private static final VarHandle MARK = MethodHandles.arrayElementVarHandle(long[].class);
	private static final long STORED = 1;
	private static final long PENDING = 2;

	private final long[] marks;
	private final long valueMask;

	StateMarks(int bits) {
		marks = new long[Math.max(1, (int) ((1L << bits) >>> 5))];
		valueMask = (1L << bits) - 1;
	}

	/** Marks a state stored from the one thread that adds when nothing claims; false when it is there. */
	boolean add(long word) {
		int value = (int) (word & valueMask);
		long old = (long) MARK.getAndBitwiseOr(marks, value >>> 5, STORED << shift(value));
		return ((old >>> shift(value)) & STORED) == 0;
	}

	/**
	 * Looks a batch of successors up from a thread expanding a chunk and claims those unseen:
	 * outcomes[k] is {@link #KNOWN}, {@link #NEW} or {@link #CLAIMED}. The marks are read ahead of
	 * the lookups; the sum of what was read is returned only so that those reads stay.
	 */
	long claimAll(long[] words, int count, int[] outcomes) {
		long[] m = marks;
		long sum = 0;
		for (int k = 0; k < count; k++) {
			sum += m[(int) (words[k] & valueMask) >>> 5];
		}
		for (int k = 0; k < count; k++) {
			outcomes[k] = claim(m, (int) (words[k] & valueMask));
		}
		return sum;
	}

	private static int claim(long[] m, int value) {
		int at = value >>> 5;
		int shift = shift(value);
		long seen = (long) MARK.getOpaque(m, at);
		while (true) {
			long mark = (seen >>> shift) & 3;
			if (mark == STORED) {
				return KNOWN;
			}
			if (mark != 0) {
				return CLAIMED;
			}
			long witness = (long) MARK.compareAndExchange(m, at, seen, seen | ((STORED | PENDING) << shift));
			if (witness == seen) {
				return NEW;
			}
			seen = witness;
		}
	}

	/**
	 * From the thread that appends, in queue order: whether this candidate is the state's first,
	 * to be appended (it was claimed and is now stored), or a later one, to be dropped.
	 */
	boolean settle(long word) {
		int value = (int) (word & valueMask);
		int at = value >>> 5;
		long pending = PENDING << shift(value);
		if (((long) MARK.getOpaque(marks, at) & pending) == 0) {
			return false;
		}
		// other states' marks share the word and are claimed meanwhile: clear this one's bit alone
		return ((long) MARK.getAndBitwiseAnd(marks, at, ~pending) & pending) != 0;
	}

	private static int shift(int value) {
		return (value & 31) << 1;
	}

	long bytes() {
		return 8L * marks.length;
	}
}
