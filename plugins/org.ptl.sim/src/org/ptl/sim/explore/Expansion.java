package org.ptl.sim.explore;

import java.util.Arrays;

/**
 * The expansion of a range of the queue by one thread: the successors not yet stored, in order,
 * with their parents and hashes, and whether each breaks an invariant. Successors are looked up
 * in batches: first every batch member's slot is touched, so that the processor fetches those
 * cache lines at once rather than one miss after another. When the store {@linkplain
 * StateStore#claims() claims}, a successor not found is claimed in its table at once, and the
 * claims this expansion took over from another thread of the chunk are listed ({@link #stolen}),
 * so that the entries those threads made for them can be dropped; with {@link StateMarks}, a
 * successor a later part of the chunk claimed is claimed for this part and kept as a candidate.
 */
final class Expansion implements StateEncoding.Sink {

	static final int BATCH = 64;

	private final StateEncoding encoding;
	private final StateStore store;
	private final int words;
	private final boolean claiming;
	/** Whether the store looks states up by hash (not {@link StateMarks}, addressed by the state). */
	private final boolean hashing;
	/** The batch of a sink-fed expansion ({@link #successor}). */
	private final long[] batchKeys;
	private final int[] batchHashes;
	private final int[] batchParents;
	private final boolean[] batchBreaks;
	private int batched;
	private int[] outcomes = new int[0];
	int from;
	int to;
	/** The first state of the chunk this range belongs to: claims from there on are not settled. */
	private int chunkFrom;
	/** The mark of this part's claims in {@link StateMarks}. */
	private int claimer;
	private long deadline;
	/** The successors kept, when the store does not claim; made on first use. */
	private KeptIndex kept;
	/** The successors kept, in order: their words, hashes and parents, and whether each breaks an invariant. */
	long[] keys;
	int[] hashes;
	int[] parents;
	boolean[] violating;
	int count;
	/** States this expansion claimed in empty slots. */
	long claimedNew;
	/** Claims taken over, each as {@link #stolenClaim}; the first stolenCount are used. */
	long[] stolen = new long[16];
	int stolenCount;
	long transitions;
	int deadlocked;
	long touched;
	/** Whether the time limit passed before the range was expanded. */
	boolean timedOut;
	private int state;
	private boolean stop;

	/** An expansion with its own copy of the encoding (see {@link #reset} for its range). */
	Expansion(StateStore store, StateEncoding encoding) {
		this.encoding = encoding;
		this.store = store;
		this.words = encoding.words();
		this.claiming = store.claims();
		this.hashing = store.hashes();
		batchKeys = new long[BATCH * words];
		batchHashes = new int[BATCH];
		batchParents = new int[BATCH];
		batchBreaks = new boolean[BATCH];
		int capacity = 1 << 10;
		keys = new long[capacity * words];
		hashes = new int[capacity];
		parents = new int[capacity];
		violating = new boolean[capacity];
	}

	/**
	 * Makes this the expansion of queue[from, to), part of the chunk that starts at chunkFrom, with
	 * nothing kept yet: an expansion is reused from chunk to chunk, so that its buffers are not
	 * allocated again. The claimer marks its claims ({@link StateMarks#claimer}).
	 */
	Expansion reset(int chunkFrom, int claimer, int from, int to, long deadline) {
		this.chunkFrom = chunkFrom;
		this.claimer = claimer;
		this.from = from;
		this.to = to;
		this.deadline = deadline;
		kept = null;
		batched = 0;
		count = 0;
		claimedNew = 0;
		stolenCount = 0;
		transitions = 0;
		deadlocked = -1;
		timedOut = false;
		stop = false;
		return this;
	}

	Expansion run() {
		if (encoding instanceof PageVector vector && (vector.singleWord() || vector.singleWordWithGlobal())) {
			return runOnWords(vector, !vector.singleWord());
		}
		long[] current = new long[words];
		for (state = from; state < to && !stop; state++) {
			if (pastDeadline(state)) {
				return this;
			}
			store.read(state, current, 0);
			if (!encoding.successors(current, 0, this) && deadlocked < 0) {
				deadlocked = state;
			}
		}
		flush();
		return this;
	}

	private boolean pastDeadline(int at) {
		timedOut = (at & 1023) == 0 && System.nanoTime() > deadline;
		return timedOut;
	}

	/**
	 * {@link #run()} for states of one word without member symmetry, the common case and the
	 * benchmarks': successors go straight into the batch, with no copying through a sink. With a
	 * global value a rule may change every page at once, so each successor comes with whether it
	 * breaks an invariant.
	 */
	private Expansion runOnWords(PageVector vector, boolean global) {
		int room = BATCH + vector.maxSuccessors();
		long[] batch = new long[room];
		boolean[] breaks = new boolean[room];
		int[] froms = new int[room];
		int[] slots = new int[room];
		if (global && !claiming) {
			// the successors a range keeps are often more than its states: a global rule reaches
			// states of the next level from many
			kept = new KeptIndex(1);
			kept.expect((to - from) * 2);
		}
		int end = 0;
		for (int at = from; at < to && !stop; at++) {
			if (pastDeadline(at)) {
				return this;
			}
			long word = store.word(at);
			int next = global ? vector.globalSuccessors(word, batch, breaks, end)
					: vector.successors(word, batch, breaks, end);
			if (next < 0) {
				next = -1 - next;
				if (deadlocked < 0) {
					deadlocked = at;
				}
			}
			// a successor equal to the state (a write to a page already written, say: a third of
			// the transitions of the s390 model) is stored already: no lookup (the global path
			// leaves those out and counts them)
			transitions += vector.selfMoves();
			int kept = end;
			boolean broken = false;
			for (int k = end; k < next; k++) {
				if (batch[k] == word) {
					transitions++;
					continue;
				}
				batch[kept] = batch[k];
				broken |= breaks[kept] = breaks[k];
				slots[kept] = hashing ? PackedStates.hash(batch[k]) : 0;
				froms[kept++] = at;
			}
			end = kept;
			// at a violation the states after this one are not expanded: the transitions counted
			// do not depend on where a batch starts
			if (end >= BATCH || broken) {
				lookUp(batch, slots, froms, breaks, end);
				end = 0;
			}
		}
		lookUp(batch, slots, froms, breaks, end);
		return this;
	}

	/** Whether a successor broke an invariant, which ended this expansion. */
	boolean foundViolation() {
		return stop;
	}

	@Override
	public void successor(long[] key, boolean breaks) {
		System.arraycopy(key, 0, batchKeys, batched * words, words);
		batchHashes[batched] = PackedStates.hash(key, 0, words);
		batchParents[batched] = state;
		batchBreaks[batched] = breaks;
		if (++batched == BATCH) {
			flush();
		}
	}

	private void flush() {
		lookUp(batchKeys, batchHashes, batchParents, batchBreaks, batched);
		batched = 0;
	}

	/**
	 * Looks a batch of successors up, in order, keeping those the store lacks (claiming them when
	 * it claims), up to the first that breaks an invariant: that one is kept too, and ends the
	 * expansion, since nothing after the first violation matters.
	 */
	private void lookUp(long[] batch, int[] slots, int[] froms, boolean[] breaks, int size) {
		if (stop) {
			return;
		}
		int limit = 0;
		while (limit < size && !breaks[limit]) {
			limit++;
		}
		if (claiming) {
			claimAll(batch, slots, froms, limit);
		} else {
			touched += store.touch(slots, 0, limit) + (kept == null ? 0 : kept.touch(slots, limit));
			for (int k = 0; k < limit; k++) {
				if (!store.contains(batch, k * words, slots[k])) {
					keep(batch, k * words, slots[k], froms[k]);
				}
			}
		}
		transitions += limit;
		if (limit < size) {
			transitions++;
			put(batch, limit * words, slots[limit], froms[limit], true);
			stop = true;
		}
	}

	/** Claims a batch of one-word successors, keeping those this expansion claimed. */
	private void claimAll(long[] batch, int[] slots, int[] froms, int size) {
		if (outcomes.length < size) {
			outcomes = new int[Math.max(size, BATCH * 2)];
		}
		touched += store.claimAll(batch, slots, froms, size, chunkFrom, claimer, outcomes);
		for (int k = 0; k < size; k++) {
			int outcome = outcomes[k];
			if (outcome == ClaimTable.KNOWN) {
				continue;
			}
			if (outcome == ClaimTable.NEW) {
				claimedNew++;
			} else if (outcome != StateMarks.CLAIMED) {
				if (stolenCount == stolen.length) {
					stolen = Arrays.copyOf(stolen, stolenCount * 2);
				}
				stolen[stolenCount++] = stolenClaim(batch[k], outcome);
			}
			put(batch, k, slots[k], froms[k], false);
		}
	}

	/** A claim taken over (or an entry kept) as one long: the parent, and the state's low 32 bits. */
	static long stolenClaim(long word, int parent) {
		return ((long) parent << 32) | (word & 0xFFFF_FFFFL);
	}

	/** Keeps a successor the store does not have, unless this expansion kept it already ({@link KeptIndex}). */
	private void keep(long[] source, int offset, int hash, int parent) {
		if (kept == null) {
			kept = new KeptIndex(words);
		}
		if (!kept.seen(keys, hashes, count, source, offset, hash)) {
			put(source, offset, hash, parent, false);
		}
	}

	/** Appends the successor at source[offset] to those kept. */
	private void put(long[] source, int offset, int hash, int parent, boolean breaks) {
		if (count == hashes.length) {
			int capacity = hashes.length * 2;
			keys = Arrays.copyOf(keys, capacity * words);
			hashes = Arrays.copyOf(hashes, capacity);
			parents = Arrays.copyOf(parents, capacity);
			violating = Arrays.copyOf(violating, capacity);
		}
		System.arraycopy(source, offset, keys, count * words, words);
		hashes[count] = hash;
		parents[count] = parent;
		violating[count] = breaks;
		count++;
	}
}
