package org.ptl.sim.explore;

import java.util.Arrays;

/**
 * Adds the new states of expanded chunks to the store, in the order found, and sizes the chunks of
 * a store that {@linkplain StateStore#claims() claims}. The states of a claiming store are in its
 * table already: they are appended to the queue, except entries whose claim another thread took
 * over ({@link StolenClaims}) and, with {@link StateMarks}, candidates after a state's first;
 * other stores add each state, dropping those stored meanwhile. The
 * first successor that breaks an invariant, or a bound, stops the adding ({@link Stop}).
 */
final class Insertion {

	/** A claiming store's table grows rather than expand fewer states at once (or all a level has, if fewer). */
	private static final int MIN_CLAIM_CHUNK = 1 << 10;
	private static final int TOUCH_BATCH = 64;

	/**
	 * Why adding stopped: a successor that breaks an invariant (its parent and words), or a bound
	 * (its message, and the first state of the queue not yet expanded).
	 */
	record Stop(int parent, long[] badKey, String bound, int expanded) {
	}

	private final StateStore store;
	private final ExplorationOptions options;
	/** At most this many successors per state: the claims a chunk may make per state. */
	private final long successorsPerState;
	/** The sum of the words read ahead of additions, kept only so that those reads stay. */
	private long touched;

	Insertion(StateStore store, ExplorationOptions options, PageAutomaton automaton) {
		this.store = store;
		this.options = options;
		this.successorsPerState = Math.max(1,
				(options.pages() + 1L) * automaton.maxFanOut() + automaton.system().globalRules());
	}

	/**
	 * How many of the next states to expand as one chunk: all of them, unless the claim table of a
	 * claiming store has room for the successors of fewer; grows the table when it must, or gives
	 * -1 when growing would pass the memory bound ({@link #memoryBound()}).
	 */
	int chunkStates(int states) {
		if (!store.claims()) {
			return states;
		}
		if (!store.hashes()) {
			// marks do not grow: the queue does, a chunk of the arena at a time
			return store.bytesAfterGrowth() > options.effectiveMaxMemory() ? -1 : states;
		}
		int fewest = Math.min(states, MIN_CLAIM_CHUNK);
		int chosen = (int) Math.max(fewest, Math.min(states, store.claimRoom() / successorsPerState));
		while (store.mustGrowFor(chosen * successorsPerState)) {
			if (store.bytesAfterGrowth() > options.effectiveMaxMemory()) {
				return -1;
			}
			store.growClaims();
		}
		return chosen;
	}

	String memoryBound() {
		return "--max-memory " + options.effectiveMaxMemory() + " bytes reached (the stored states take "
				+ store.bytes() + " and would need " + store.bytesAfterGrowth() + " to grow)";
	}

	/** Adds the new states an expanded chunk found, in order; why it stopped, or null. */
	Stop insert(Chunk chunk) {
		return store.claims() ? append(chunk) : add(chunk);
	}

	private Stop add(Chunk chunk) {
		long maxMemory = options.effectiveMaxMemory();
		int words = store.words();
		for (Expansion expansion : chunk.expansions) {
			for (int c = 0; c < expansion.count; c++) {
				if ((c & (TOUCH_BATCH - 1)) == 0) {
					touched += store.touch(expansion.hashes, c, Math.min(TOUCH_BATCH, expansion.count - c));
				}
				int offset = c * words;
				if (expansion.violating[c]) {
					return new Stop(expansion.parents[c], Arrays.copyOfRange(expansion.keys, offset, offset + words), null, 0);
				}
				Stop bound = maxStates(chunk);
				if (bound != null) {
					return bound;
				}
				if (store.growsOnNextAdd() && store.bytesAfterGrowth() > maxMemory) {
					return new Stop(-1, null, memoryBound(), chunk.end);
				}
				store.add(expansion.keys, offset, expansion.hashes[c], expansion.parents[c]);
			}
		}
		return null;
	}

	private Stop append(Chunk chunk) {
		StolenClaims lost = StolenClaims.of(chunk.expansions);
		for (Expansion expansion : chunk.expansions) {
			for (int c = 0; c < expansion.count; c++) {
				long word = expansion.keys[c];
				int parent = expansion.parents[c];
				if (expansion.violating[c]) {
					return new Stop(parent, new long[] { word }, null, 0);
				}
				if (lost != null && lost.lost(word, parent) || !store.firstCandidate(word)) {
					continue;
				}
				Stop bound = maxStates(chunk);
				if (bound != null) {
					return bound;
				}
				store.append(word, parent);
			}
		}
		return null;
	}

	private Stop maxStates(Chunk chunk) {
		if (options.maxStates() > 0 && store.size() >= options.maxStates()) {
			return new Stop(-1, null, "--max-states " + options.maxStates() + " reached", chunk.end);
		}
		return null;
	}
}
