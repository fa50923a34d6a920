package org.ptl.sim.explore;

import java.util.Arrays;

/**
 * The expansion of a range of the queue by one thread: the successors not yet stored, in order,
 * with their parents and hashes, and whether each breaks an invariant. Successors are looked up
 * in batches: first every batch member's slot is touched, so that the processor fetches those
 * cache lines at once rather than one miss after another.
 */
class Expansion implements StateEncoding.Sink {

	static final int BATCH = 64;

	private final StateEncoding encoding;
	final StateStore store;
	private final PageAutomaton automaton;
	private final int words;
	final int from;
	final int to;
	final long deadline;
	final long[] batchKeys;
	private final int[] batchHashes;
	private final int[] batchParents;
	private final boolean[] batchBreaks;
	private int batched;
	long[] keys;
	/** Open-addressing index of the successors kept: position + 1, 0 for an empty slot. */
	private int[] kept = new int[1 << 10];
	/** The same for states of one word, holding the words themselves. */
	private long[] keptWords = new long[1 << 10];
	int[] hashes;
	int[] parents;
	boolean[] violating;
	int count;
	long transitions;
	int deadlocked = -1;
	long touched;
	/** Whether the time limit passed before the range was expanded. */
	boolean timedOut;
	private int state;
	boolean stop;

	/** The expansion of queue[from, to) that suits the encoding. */
	static Expansion of(StateStore store, PageAutomaton automaton, StateEncoding encoding, int from, int to,
			long deadline) {
		if (encoding instanceof PageVector vector && vector.singleWordWithGlobal()) {
			return new GlobalWordsExpansion(store, automaton, vector, from, to, deadline);
		}
		return new Expansion(store, automaton, encoding, from, to, deadline);
	}

	Expansion(StateStore store, PageAutomaton automaton, StateEncoding encoding, int from, int to, long deadline) {
		this.encoding = encoding;
		this.store = store;
		this.automaton = automaton;
		this.words = encoding.words();
		this.from = from;
		this.to = to;
		this.deadline = deadline;
		batchKeys = new long[BATCH * words];
		batchHashes = new int[BATCH];
		batchParents = new int[BATCH];
		batchBreaks = new boolean[BATCH];
		int capacity = Math.max(16, (to - from) * 2);
		keys = new long[capacity * words];
		hashes = new int[capacity];
		parents = new int[capacity];
		violating = new boolean[capacity];
	}

	Expansion run() {
		if (encoding instanceof PageVector vector && vector.singleWord()) {
			return runOnWords(vector);
		}
		long[] current = new long[words];
		for (state = from; state < to && !stop; state++) {
			if ((state & 1023) == 0 && System.nanoTime() > deadline) {
				timedOut = true;
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

	/**
	 * {@link #run()} for states of one word without member symmetry, the common case and the
	 * benchmark's: successors go straight into the batch, with no copying through a sink.
	 */
	private Expansion runOnWords(PageVector vector) {
		int room = BATCH + vector.maxSuccessors();
		long[] batch = new long[room];
		int[] targets = new int[room];
		int[] froms = new int[room];
		int[] slots = new int[room];
		boolean[] known = new boolean[room];
		int end = 0;
		for (int at = from; at < to && !stop; at++) {
			if ((at & 1023) == 0 && System.nanoTime() > deadline) {
				timedOut = true;
				return this;
			}
			int next = vector.successors(store.word(at), batch, targets, end);
			if (next < 0) {
				next = -1 - next;
				if (deadlocked < 0) {
					deadlocked = at;
				}
			}
			// the state this one was reached from is stored: no need to look it up (transitions
			// that undo a step are common, share and unshare)
			int parent = store.parent(at);
			long parentWord = parent < 0 ? 0 : store.word(parent);
			for (int k = end; k < next; k++) {
				froms[k] = at;
				known[k] = batch[k] == parentWord;
			}
			end = next;
			if (end >= BATCH) {
				lookUpWords(batch, targets, froms, slots, known, end);
				end = 0;
			}
		}
		lookUpWords(batch, targets, froms, slots, known, end);
		return this;
	}

	private void lookUpWords(long[] batch, int[] targets, int[] froms, int[] hashes, boolean[] known, int count) {
		for (int k = 0; k < count; k++) {
			hashes[k] = PackedStates.hash(batch[k]);
		}
		touched += store.touch(hashes, known, 0, count);
		for (int k = 0; k < count && !stop; k++) {
			transitions++;
			boolean breaks = automaton.breaks(targets[k]);
			if (!breaks && (known[k] || store.contains(batch[k], hashes[k]))) {
				continue;
			}
			batchKeys[0] = batch[k];
			keep(0, hashes[k], froms[k], breaks);
			stop = breaks;
		}
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
		touched += store.touch(batchHashes, null, 0, batched);
		for (int b = 0; b < batched && !stop; b++) {
			transitions++;
			int offset = b * words;
			boolean breaks = batchBreaks[b];
			if (!breaks && store.contains(batchKeys, offset, batchHashes[b])) {
				continue;
			}
			keep(offset, batchHashes[b], batchParents[b], breaks);
			stop = breaks; // nothing after the first violation matters
		}
		batched = 0;
	}

	/**
	 * Keeps a successor the store does not have, unless this expansion kept it already: a new
	 * state is often reached from several states of a chunk, and dropping the repeats here, in a
	 * small table that stays in cache, spares the single-threaded insertion from them.
	 */
	final void keep(int offset, int hash, int parent, boolean breaks) {
		if (!breaks && keptAlready(offset, hash)) {
			return;
		}
		if (count == hashes.length) {
			int capacity = hashes.length * 2;
			keys = Arrays.copyOf(keys, capacity * words);
			hashes = Arrays.copyOf(hashes, capacity);
			parents = Arrays.copyOf(parents, capacity);
			violating = Arrays.copyOf(violating, capacity);
		}
		System.arraycopy(batchKeys, offset, keys, count * words, words);
		hashes[count] = hash;
		parents[count] = parent;
		violating[count] = breaks;
		count++;
	}

	/** Whether the successor was kept before; if not, it is indexed as the next one kept. */
	private boolean keptAlready(int offset, int hash) {
		if (words == 1) {
			return keptWordAlready(batchKeys[offset], hash);
		}
		if (count * 2 >= kept.length) {
			reindexKept();
		}
		int m = kept.length - 1;
		for (int slot = hash & m;; slot = (slot + 1) & m) {
			int index = kept[slot] - 1;
			if (index < 0) {
				kept[slot] = count + 1;
				return false;
			}
			if (hashes[index] == hash && Arrays.equals(keys, index * words, index * words + words, batchKeys,
					offset, offset + words)) {
				return true;
			}
		}
	}

	/** {@link #keptAlready} for states of one word, kept in the index itself: one place to look. */
	private boolean keptWordAlready(long word, int hash) {
		if (count * 2 >= keptWords.length) {
			keptWords = new long[keptWords.length * 2];
			for (int index = 0; index < count; index++) {
				insertKeptWord(keys[index], hashes[index]);
			}
		}
		int m = keptWords.length - 1;
		for (int slot = hash & m;; slot = (slot + 1) & m) {
			long stored = keptWords[slot];
			if (stored == word) {
				return true;
			}
			if (stored == 0) {
				keptWords[slot] = word;
				return false;
			}
		}
	}

	/** Sizes the one-word index for about this many states kept, sparing the doublings on the way. */
	final void expectKeptWords(int states) {
		int size = Integer.highestOneBit(Math.max(1 << 10, Math.min(1 << 24, states)) * 4 - 1);
		if (count == 0 && size > keptWords.length) {
			keptWords = new long[size];
		}
	}

	/**
	 * Reads the one-word index's slots of a batch of hashes ahead of the lookups (as
	 * {@link StateStore#touch} does for the store): the misses overlap rather than come one by one.
	 */
	final long touchKeptWords(int[] hashes, int count) {
		int m = keptWords.length - 1;
		long sum = 0;
		for (int k = 0; k < count; k++) {
			sum += keptWords[hashes[k] & m];
		}
		return sum;
	}

	private void insertKeptWord(long word, int hash) {
		int m = keptWords.length - 1;
		int slot = hash & m;
		while (keptWords[slot] != 0) {
			slot = (slot + 1) & m;
		}
		keptWords[slot] = word;
	}

	private void reindexKept() {
		kept = new int[kept.length * 2];
		int m = kept.length - 1;
		for (int index = 0; index < count; index++) {
			int slot = hashes[index] & m;
			while (kept[slot] != 0) {
				slot = (slot + 1) & m;
			}
			kept[slot] = index + 1;
		}
	}
}
