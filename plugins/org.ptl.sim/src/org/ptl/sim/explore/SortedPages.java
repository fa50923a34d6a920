package org.ptl.sim.explore;

/** Under page symmetry with many page values: the page values sorted, smallest image for members. */
final class SortedPages extends PagePositions {

	SortedPages(PageAutomaton automaton, int pages, Symmetry symmetry, BoundWatch watch) {
		super(automaton, pages, symmetry, watch);
	}

	@Override
	boolean successors(long[] key, int offset, Sink sink) {
		if (global != null) {
			return globalSuccessors(key, offset, sink, true);
		}
		fields.unpack(key, offset, ids);
		boolean enabled = false;
		for (int p = 0; p < ids.length; p++) {
			if (p > 0 && ids[p] == ids[p - 1]) {
				continue; // the same page value again: the same successors up to symmetry
			}
			int[] targets = automaton.successorTargets(ids[p]);
			enabled |= targets.length > 0;
			for (int target : targets) {
				emitCanonical(p, target, sink);
			}
		}
		return enabled;
	}

	@Override
	StateEncoding copy() {
		return new SortedPages(automaton, pages, symmetry.copy(), watch);
	}
}
