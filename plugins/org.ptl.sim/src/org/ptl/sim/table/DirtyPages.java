package org.ptl.sim.table;

/**
 * The pages written since a checkpoint, each once, so that a rollback copies back only those: a run
 * of racing walkers writes a handful of the pool's pages, and is rolled back thousands of times.
 */
final class DirtyPages {

	private final boolean[] dirty;
	private final int[] pages;
	private int count;

	DirtyPages(int capacity) {
		dirty = new boolean[capacity];
		pages = new int[capacity];
	}

	void touch(int page) {
		if (page < dirty.length && !dirty[page]) {
			dirty[page] = true;
			pages[count++] = page;
		}
	}

	/** Hands each dirty page to the action and forgets them all. */
	void drain(java.util.function.IntConsumer action) {
		for (int i = 0; i < count; i++) {
			action.accept(pages[i]);
			dirty[pages[i]] = false;
		}
		count = 0;
	}
}
