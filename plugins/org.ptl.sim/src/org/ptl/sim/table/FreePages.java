package org.ptl.sim.table;

import java.util.Arrays;

/** The pages freed and not yet taken again, last freed first (as the page allocator hands them out). */
final class FreePages {

	private int[] pages = new int[16];
	private int count;

	boolean isEmpty() {
		return count == 0;
	}

	void push(int page) {
		if (count == pages.length) {
			pages = Arrays.copyOf(pages, count * 2);
		}
		pages[count++] = page;
	}

	int pop() {
		return pages[--count];
	}

	FreePages copy() {
		FreePages copy = new FreePages();
		copy.pages = pages.clone();
		copy.count = count;
		return copy;
	}
}
