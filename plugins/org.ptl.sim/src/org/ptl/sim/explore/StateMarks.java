package org.ptl.sim.explore;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The membership of a store whose states fit {@value #MAX_BITS} bits, addressed by the state itself:
 * a mark of one byte per possible state (8 MiB for the 23 bits of the two-gmap s390 model at ten
 * pages), so that a lookup is one read of a table that stays in the processor's cache, instead of
 * probing a hash table of eight bytes per slot. A state's mark is 0 while it is unseen, then its
 * {@linkplain #claimer claimer}, for good: the chunk (its number modulo {@value #GENERATIONS}) and
 * the part of it whose thread reached the state first and claimed it with one compare-and-set.
 *
 * <p>A thread that finds a state claimed by a later part of its own chunk claims it for its own part
 * and keeps it too, as a candidate, since it reached it from a state earlier in the queue; claimed
 * by its own part, an earlier one or an earlier chunk, the state is known. So a state has at most
 * one entry per part, and few have more than one. The one thread that appends goes through the
 * kept states in queue order and appends each state at its {@linkplain #firstKept first}, which a
 * bit per possible state of its own tells, so a state keeps the parent a single thread would have
 * given it, whichever thread ran first. A claim of a chunk {@value #GENERATIONS} chunks back looks
 * like one of the current chunk and may make a needless candidate, which that bit drops: the marks
 * are written once per state, so the appender does not take their cache lines from the threads
 * that expand.
 */
final class StateMarks {

	/** The widest states kept this way: 36 MiB, a fixed cost any search may take (when the memory bound allows). */
	static final int MAX_BITS = 25;

	/** {@link #claimAll}: the state is stored, or claimed from a state earlier in the queue. */
	static final int KNOWN = ClaimTable.KNOWN;
	/** {@link #claimAll}: the state was unseen; the caller claimed it. */
	static final int NEW = ClaimTable.NEW;
	/** {@link #claimAll}: the state was claimed by a later part of the chunk; the caller took the claim: a candidate. */
	static final int CLAIMED = -3;

	private static final VarHandle MARK = MethodHandles.arrayElementVarHandle(byte[].class);
	/** Parts told apart in a chunk's claims: parts from the last one on share its claimer. */
	private static final int PARTS = 8;
	/** Chunks told apart by their claims: the claimers fit a byte, with 0 for unseen and one for stored. */
	private static final int GENERATIONS = 31;
	/** The mark of a state stored without a claim (the first): never a candidate. */
	private static final byte STORED = (byte) 0xFF;

	private final byte[] marks;
	/** Whether each possible state is appended: read and written by the appending thread only. */
	private final long[] appended;
	private final int valueMask;

	/** Whether states of these bits are kept as marks under this memory bound: when the marks take at most half of it. */
	static boolean fit(int bits, long maxMemory) {
		return bits <= MAX_BITS && bytesFor(bits) <= maxMemory / 2;
	}

	/** Heap the marks of states of these bits take. */
	static long bytesFor(int bits) {
		return (1L << bits) + (1L << bits) / 8;
	}

	StateMarks(int bits) {
		marks = new byte[1 << bits];
		appended = new long[Math.max(1, (1 << bits) >>> 6)];
		valueMask = (1 << bits) - 1;
	}

	/** The mark of claims made by this part of this chunk (both counted from 0). */
	static int claimer(int chunk, int part) {
		return 1 + (chunk % GENERATIONS) * PARTS + Math.min(part, PARTS - 1);
	}

	/** Marks a state stored from the one thread that adds when nothing claims; false when it is there. */
	boolean add(long word) {
		int value = (int) word & valueMask;
		if (!MARK.compareAndSet(marks, value, (byte) 0, STORED)) {
			return false;
		}
		return firstKept(word);
	}

	/**
	 * Looks a batch of successors up from a thread expanding a part of a chunk and claims those
	 * unseen for that part's claimer: outcomes[k] is {@link #KNOWN}, {@link #NEW} or
	 * {@link #CLAIMED}. The marks are read ahead of the lookups; the sum of what was read is
	 * returned only so that those reads stay.
	 */
	long claimAll(long[] words, int count, int claimer, int[] outcomes) {
		byte[] m = marks;
		int mask = valueMask;
		long sum = 0;
		for (int k = 0; k < count; k++) {
			sum += m[(int) words[k] & mask];
		}
		// candidates: the claimers of later parts of the chunk, and of this part when it is the last told apart
		int part = (claimer - 1) % PARTS;
		int from = part == PARTS - 1 ? claimer : claimer + 1;
		int span = claimer - part + PARTS - 1 - from;
		for (int k = 0; k < count; k++) {
			outcomes[k] = claim(m, (int) words[k] & mask, (byte) claimer, from, span);
		}
		return sum;
	}

	private static int claim(byte[] m, int value, byte claimer, int from, int span) {
		int mark = (byte) MARK.getOpaque(m, value) & 0xFF;
		while (true) {
			if (mark != 0 && Integer.compareUnsigned(mark - from, span) > 0) {
				return KNOWN;
			}
			if (mark == (claimer & 0xFF)) {
				return CLAIMED; // the last part told apart: its claims may be a later part's
			}
			// unseen, or claimed by a later part: claim it for this one, so that the later parts,
			// and this one's later states, find it known
			byte witness = (byte) MARK.compareAndExchange(m, value, (byte) mark, claimer);
			if (witness == (byte) mark) {
				return mark == 0 ? NEW : CLAIMED;
			}
			mark = witness & 0xFF;
		}
	}

	/**
	 * From the thread that appends, in queue order: whether this kept state is the state's first,
	 * to be appended, or a later one (or one of a state stored already), to be dropped.
	 */
	boolean firstKept(long word) {
		int value = (int) word & valueMask;
		long bit = 1L << value;
		long was = appended[value >>> 6];
		appended[value >>> 6] = was | bit;
		return (was & bit) == 0;
	}

	long bytes() {
		return marks.length + 8L * appended.length;
	}
}
