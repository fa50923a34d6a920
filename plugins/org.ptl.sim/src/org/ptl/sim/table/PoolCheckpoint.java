package org.ptl.sim.table;

/**
 * A table pool as it was at a checkpoint ({@link TablePool#checkpoint()}): every page's words, the
 * counts, the links, and the allocator's state, to roll back to.
 */
public final class PoolCheckpoint {

	final long[][] words;
	final int[] counts;
	final PageLinks links;
	final int carved;
	final FreePages free;
	final int live;

	PoolCheckpoint(long[][] words, int[] counts, PageLinks links, int carved, FreePages free, int live) {
		this.words = words;
		this.counts = counts;
		this.links = links;
		this.carved = carved;
		this.free = free;
		this.live = live;
	}
}
