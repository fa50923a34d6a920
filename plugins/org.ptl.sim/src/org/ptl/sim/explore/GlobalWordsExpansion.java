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
		boolean[] known = new boolean[room];
		int end = 0;
		for (int at = from; at < to && !stop; at++) {
			if ((at & 1023) == 0 && System.nanoTime() > deadline) {
				timedOut = true;
				return this;
			}
			int next = vector.globalSuccessors(store.word(at), batch, breaking, end);
			if (next < 0) {
				next = -1 - next;
				if (deadlocked < 0) {
					deadlocked = at;
				}
			}
			for (int k = end; k < next; k++) {
				froms[k] = at;
			}
			end = next;
			if (end >= BATCH) {
				lookUp(batch, breaking, froms, slots, known, end);
				end = 0;
			}
		}
		lookUp(batch, breaking, froms, slots, known, end);
		return this;
	}

	private void lookUp(long[] batch, boolean[] breaking, int[] froms, int[] hashes, boolean[] known,
			int count) {
		for (int k = 0; k < count; k++) {
			hashes[k] = PackedStates.hash(batch[k]);
		}
		touched += store.touch(hashes, null, 0, count);
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
