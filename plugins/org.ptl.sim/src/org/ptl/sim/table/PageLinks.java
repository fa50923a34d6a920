package org.ptl.sim.table;

import java.util.Arrays;

/**
 * Which entry each table page hangs from and at which level, for traces and for telling input
 * addresses: three int arrays by page, grown with the pool, copied for a checkpoint.
 */
final class PageLinks {

	private int[] parentPage;
	private int[] parentIndex;
	private int[] levels;

	PageLinks(int capacity) {
		parentPage = new int[capacity];
		parentIndex = new int[capacity];
		levels = new int[capacity];
	}

	private PageLinks(int[] parentPage, int[] parentIndex, int[] levels) {
		this.parentPage = parentPage;
		this.parentIndex = parentIndex;
		this.levels = levels;
	}

	void grow(int capacity) {
		parentPage = Arrays.copyOf(parentPage, capacity);
		parentIndex = Arrays.copyOf(parentIndex, capacity);
		levels = Arrays.copyOf(levels, capacity);
	}

	void clear(int page) {
		set(page, Integer.MIN_VALUE, -1, -1);
	}

	void set(int page, int level, int fromPage, int fromIndex) {
		levels[page] = level;
		parentPage[page] = fromPage;
		parentIndex[page] = fromIndex;
	}

	int level(int page) {
		return levels[page];
	}

	int parentPage(int page) {
		return parentPage[page];
	}

	int parentIndex(int page) {
		return parentIndex[page];
	}

	PageLinks copy() {
		return new PageLinks(parentPage.clone(), parentIndex.clone(), levels.clone());
	}

	/** Takes back the first {@code pages} pages' links from a copy. */
	void restore(PageLinks saved, int pages) {
		System.arraycopy(saved.parentPage, 0, parentPage, 0, pages);
		System.arraycopy(saved.parentIndex, 0, parentIndex, 0, pages);
		System.arraycopy(saved.levels, 0, levels, 0, pages);
	}
}
