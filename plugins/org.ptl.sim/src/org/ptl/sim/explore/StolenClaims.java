package org.ptl.sim.explore;

import java.util.List;

/**
 * The claims the threads of one chunk took over from each other ({@link ClaimTable}): a thread
 * that reached a state from a state earlier in the queue than the one another thread claimed it
 * from takes the claim over, and the other thread's entry for it must not be added. Each claim is
 * a parent and the state's low 32 bits in one long, in a set that is cleared by making a new one:
 * there are none when one thread expands, and few when two do.
 */
final class StolenClaims {

	private final long[] slots;
	private final int mask;

	private StolenClaims(int count) {
		int capacity = Integer.highestOneBit(Math.max(16, count) * 4 - 1);
		slots = new long[capacity];
		mask = capacity - 1;
	}

	/** The claims the chunk's expansions took over, or null when there are none. */
	static StolenClaims of(List<Expansion> expansions) {
		int count = 0;
		for (Expansion expansion : expansions) {
			count += expansion.stolenCount;
		}
		if (count == 0) {
			return null;
		}
		StolenClaims claims = new StolenClaims(count);
		for (Expansion expansion : expansions) {
			for (int i = 0; i < expansion.stolenCount; i++) {
				claims.add(expansion.stolen[i]);
			}
		}
		return claims;
	}

	private void add(long claim) {
		// a parent of -1 and a state of all ones cannot be taken over: zero stays free as the empty slot
		long stored = claim + 1;
		int slot = PackedStates.hash(claim) & mask;
		while (slots[slot] != 0 && slots[slot] != stored) {
			slot = (slot + 1) & mask;
		}
		slots[slot] = stored;
	}

	/** Whether the entry of a state (its word) for this parent lost its claim. */
	boolean lost(long word, int parent) {
		long claim = Expansion.stolenClaim(word, parent);
		long stored = claim + 1;
		for (int slot = PackedStates.hash(claim) & mask;; slot = (slot + 1) & mask) {
			if (slots[slot] == stored) {
				return true;
			}
			if (slots[slot] == 0) {
				return false;
			}
		}
	}
}
