package org.ptl.sim.protocol;

/**
 * What compiled conditions and values read: the global word, the page words in view (one page for
 * a page rule, every page for a global rule's guard or an invariant), and the members or page
 * positions the parameters stand for, by parameter number.
 */
final class Frame {

	long global;
	long[] pages;
	int pageCount;
	final int[] env;

	Frame(int parameters) {
		this.env = new int[parameters];
	}

	/** A frame over one page, position 0. */
	Frame onePage(long globalValue, long page) {
		global = globalValue;
		if (pages == null || pages.length < 1) {
			pages = new long[1];
		}
		pages[0] = page;
		pageCount = 1;
		return this;
	}
}
