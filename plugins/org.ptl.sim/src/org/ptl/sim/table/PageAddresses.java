package org.ptl.sim.table;

/**
 * Where table pages sit in physical memory: from {@link TablePool#TABLE_BASE} up, page numbers
 * scattered by a seed (the same seed, the same addresses), so that traces show table addresses that
 * depend on nothing but the seed.
 */
final class PageAddresses {

	private static final int SCATTER_BITS = 16;

	private final int pageShift;
	private final long scatter;

	PageAddresses(int pageShift, long seed) {
		this.pageShift = pageShift;
		this.scatter = seed == 0 ? 0 : (seed * 0x9E3779B97F4A7C15L) >>> (64 - SCATTER_BITS);
	}

	long of(int page) {
		return TablePool.TABLE_BASE + ((long) (page ^ scatter) << pageShift);
	}

	/** The page number at a physical address, or -1 when it is no page's (of those below {@code pages}). */
	int pageAt(long pa, int pages) {
		long offset = pa - TablePool.TABLE_BASE;
		if (offset < 0 || (offset & ((1L << pageShift) - 1)) != 0) {
			return -1;
		}
		long page = (offset >>> pageShift) ^ scatter;
		return page >= 0 && page < pages ? (int) page : -1;
	}
}
