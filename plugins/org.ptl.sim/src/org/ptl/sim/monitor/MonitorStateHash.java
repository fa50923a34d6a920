package org.ptl.sim.monitor;

import java.util.Map;

/**
 * A hash of the break-before-make monitor's state beyond memory contents, for the explorer of
 * racing walkers (states that hash alike are visited once): which pages are tables, detached and
 * at which level, the unclean entries with their progress, the lock holders, and which walker
 * locked which entry.
 */
final class MonitorStateHash {

	private MonitorStateHash() {
	}

	static long of(ShadowPages pages, Map<Long, UncleanEntry> unclean, Map<Integer, LockHolders> locks,
			Map<Long, Integer> lockedBy) {
		long hash = pages.marksHash();
		for (Map.Entry<Long, UncleanEntry> entry : unclean.entrySet()) {
			hash += Long.rotateLeft(entry.getKey() * 0x9E3779B97F4A7C15L ^ entry.getValue().hash(), 23);
		}
		for (Map.Entry<Integer, LockHolders> entry : locks.entrySet()) {
			hash += (entry.getKey() + 1) * 0xC2B2AE3D27D4EB4FL ^ entry.getValue().hash();
		}
		for (Map.Entry<Long, Integer> entry : lockedBy.entrySet()) {
			hash += Long.rotateLeft(entry.getKey() + entry.getValue(), 41);
		}
		return hash;
	}
}
