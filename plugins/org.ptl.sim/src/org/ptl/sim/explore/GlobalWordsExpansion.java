package org.ptl.sim.explore;

/**
 * The expansion of a range of the queue for a system with a global value whose states fit one word,
 * without member symmetry ({@link GlobalWords}): as the ownership fast path, successors go straight
 * into the batch, each with whether it breaks an invariant, since a global rule may change every
 * page at once.
 */
final class GlobalWordsExpansion extends Expansion {

	private final PageVector vector;

	GlobalWordsExpansion(StateStore store, PageAutomaton automaton, PageVector vector, int from, int to, long deadline) {
		super(store, automaton, vector, from, to, deadline);
		this.vector = vector;
	}

	@Override
	Expansion run() {
		int room = BATCH + vector.maxSuccessors();
		long[] batch = new long[room];
		boolean[] breaking = new boolean[room];
		int[] froms = new int[room];
		int[] slots = new int[room];
		// the successors a range keeps are often more than its states: a global rule reaches
		// states of the next level from many
		expectKeptWords((to - from) * 2);
		int end = 0;
		for (int at = from; at < to && !stop; at++) {
			if ((at & 1023) == 0 && System.nanoTime() > deadline) {
				timedOut = true;
				return this;
			}
			long word = store.word(at);
			int next = vector.globalSuccessors(word, batch, breaking, end);
			if (next < 0) {
				next = -1 - next;
				if (deadlocked < 0) {
					deadlocked = at;
				}
			}
			// a successor equal to the state (a write to a page already written, say: a third of
			// the transitions of the s390 model) is stored already: no lookup
			int kept = end;
			for (int k = end; k < next; k++) {
				if (batch[k] == word) {
					transitions++;
					continue;
				}
				batch[kept] = batch[k];
				breaking[kept] = breaking[k];
				froms[kept++] = at;
			}
			end = kept;
			if (end >= BATCH) {
				lookUp(batch, breaking, froms, slots, end);
				end = 0;
			}
		}
		lookUp(batch, breaking, froms, slots, end);
		return this;
	}

	private void lookUp(long[] batch, boolean[] breaking, int[] froms, int[] hashes, int count) {
		for (int k = 0; k < count; k++) {
			hashes[k] = PackedStates.hash(batch[k]);
		}
		touched += store.touch(hashes, null, 0, count) + touchKeptWords(hashes, count);
		for (int k = 0; k < count && !stop; k++) {
			transitions++;
			if (!breaking[k] && store.contains(batch[k], hashes[k])) {
				continue;
			}
			batchKeys[0] = batch[k];
			keep(0, hashes[k], froms[k], breaking[k]);
			stop = breaking[k];
		}
	}
}
