package org.ptl.sim.monitor;

/**
 * Whether a TLB invalidation removes what a broken entry may have left in TLBs: the instruction works
 * on the entry's regime, and its address (at its level hint), range, or the whole address space
 * covers the entry's input range; a last-level instruction covers leaves only.
 */
final class TlbiCoverage {

	private TlbiCoverage() {
	}

	static boolean covers(BbmEvent.Tlbi tlbi, Stage stage, UncleanEntry entry, long entrySize, boolean oldWasTable) {
		boolean el2 = stage == Stage.EL2_STAGE1;
		if (tlbi.op().el2() != el2) {
			return false;
		}
		long start = entry.inputAddress;
		long end = start + entrySize;
		boolean levelMatches = tlbi.level() == BbmEvent.Tlbi.LEVEL_UNKNOWN || tlbi.level() == entry.level;
		return switch (tlbi.op().scope()) {
		case ALL -> true;
		case ADDRESS -> levelMatches && inside(tlbi.address(), start, end);
		case LAST_LEVEL -> !oldWasTable && levelMatches && inside(tlbi.address(), start, end);
		case RANGE -> Long.compareUnsigned(tlbi.address(), end) < 0
				&& Long.compareUnsigned(tlbi.address() + tlbi.size(), start) > 0;
		};
	}

	private static boolean inside(long address, long start, long end) {
		return Long.compareUnsigned(address, start) >= 0 && Long.compareUnsigned(address, end) < 0;
	}
}
