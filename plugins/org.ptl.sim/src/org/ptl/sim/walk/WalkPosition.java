package org.ptl.sim.walk;

/**
 * Where the outermost walk is, per level, for the explorer of racing walkers, which must tell apart
 * two runs that would go on differently: the level being visited, and for each level the phase of
 * its visit and what the callback returned. The walker records it only for a walk with hooks (a
 * racing CPU's), so that a walk nobody explores pays nothing for it.
 */
final class WalkPosition {

	/** Phases of a visit: its first read, the callback, the reload after it, the TABLE_POST callback. */
	static final int READ = 1;
	static final int CALLBACK = 2;
	static final int RELOAD = 3;
	static final int POST = 4;

	private int currentLevel = Integer.MIN_VALUE;
	private final int[] phase = new int[8];
	private final int[] returned = new int[8];

	void visiting(int level) {
		currentLevel = level;
	}

	void at(int slot, int visitPhase, int ret) {
		phase[slot] = visitPhase;
		returned[slot] = ret;
	}

	void reset() {
		currentLevel = Integer.MIN_VALUE;
	}

	/**
	 * A hash of the outermost walk's frame: its flags, range and address, and for every level down to
	 * the one visited, the entry, the value read, the phase of the visit and the callback's result;
	 * with the visitor's own state.
	 */
	long key(WalkFrame frame) {
		long key = mix(mix(mix(mix(17, frame.flags), frame.start), frame.addr), frame.end);
		int first = frame.table.geometry().firstLevel();
		for (int level = first; level <= currentLevel && level - first < frame.contexts.length; level++) {
			VisitContext ctx = frame.contexts[level - first];
			int visitPhase = phase[level - first];
			// before its first read, a visit's context still holds the previous entry's: not state
			key = visitPhase == READ && level == currentLevel ? mix(mix(key, level), visitPhase)
					: mix(mix(mix(mix(mix(key, level), ctx.page), ctx.index), ctx.old),
							visitPhase * 131L + returned[level - first]);
		}
		if (frame.visitor instanceof KeyedVisitor keyed) {
			key = mix(key, keyed.stateKey());
		}
		return key;
	}

	private static long mix(long key, long value) {
		long h = (key ^ value) * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 29);
	}
}
