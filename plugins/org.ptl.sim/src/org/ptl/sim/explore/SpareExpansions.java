package org.ptl.sim.explore;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The expansions of chunks whose states were added, kept for the next chunks: an expansion's
 * buffers grow to what a part of a chunk needs, and reusing them spares the allocation (and the
 * first touch of fresh memory) for every part of every chunk. Used by the thread that adds states
 * only; an expansion passes to a thread of the pool and back through its task.
 */
final class SpareExpansions {

	private final ArrayDeque<Expansion> spare = new ArrayDeque<>();
	private final StateStore store;
	private final StateEncoding encoding;

	SpareExpansions(StateStore store, StateEncoding encoding) {
		this.store = store;
		this.encoding = encoding;
	}

	/** An expansion of queue[from, to), part of the chunk that starts at chunkFrom, for a claimer. */
	Expansion take(int chunkFrom, int claimer, int from, int to, long deadline) {
		Expansion expansion = spare.poll();
		if (expansion == null) {
			expansion = new Expansion(store, encoding.copy());
		}
		return expansion.reset(chunkFrom, claimer, from, to, deadline);
	}

	/** Takes back the expansions of a chunk whose states were added. */
	void giveBack(List<Expansion> expansions) {
		spare.addAll(expansions);
	}
}
