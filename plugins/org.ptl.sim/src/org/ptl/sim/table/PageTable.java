package org.ptl.sim.table;

import org.ptl.model.support.Geometry;
import org.ptl.sim.format.FormatCodec;

/**
 * One page table in simulated memory: a root of one or more concatenated pages (as VTCR gives a
 * stage-2 root) and the table pages hanging from it, all in one {@link TablePool}.
 */
public final class PageTable {

	private final FormatCodec codec;
	private final Geometry geometry;
	private final TablePool pool;
	private final int rootPage;
	private final int rootPages;

	public PageTable(FormatCodec codec, long seed) {
		this(codec, seed, TablePool.maxPages(codec.geometry().pageShift()));
	}

	/** A table whose memory holds at most the given number of table pages, its root included. */
	public PageTable(FormatCodec codec, long seed, int maxPages) {
		this.codec = codec;
		this.geometry = codec.geometry();
		this.pool = new TablePool(geometry.pageShift(), seed, maxPages);
		this.rootPages = Math.max(geometry.rootPages(), geometry.requiredRootPages());
		this.rootPage = pool.allocateContiguous(rootPages);
		for (int i = 0; i < rootPages; i++) {
			pool.link(rootPage + i, geometry.firstLevel(), -1, i);
		}
	}

	public FormatCodec codec() {
		return codec;
	}

	public Geometry geometry() {
		return geometry;
	}

	public TablePool pool() {
		return pool;
	}

	public int rootPage() {
		return rootPage;
	}

	public int rootPages() {
		return rootPages;
	}

	public boolean isRoot(int page) {
		return page >= rootPage && page < rootPage + rootPages;
	}

	/** kvm_pgd_page_idx(): which concatenated root page indexes the address. */
	public int rootPageIndex(long address) {
		int shift = geometry.levelShift(geometry.firstLevel()) + geometry.stride();
		long mask = geometry.inputBits() >= 64 ? -1L : (1L << geometry.inputBits()) - 1;
		return shift >= 64 ? 0 : (int) ((address & mask) >>> shift);
	}

	/** kvm_pgtable_idx(): the entry index of the address in a table at the level. */
	public int index(long address, int level) {
		return (int) ((address >>> geometry.levelShift(level)) & (pool.entriesPerPage() - 1));
	}

	/** 2^ia_bits: the first address past the input range. */
	public long inputLimit() {
		return geometry.inputBits() >= 63 ? Long.MAX_VALUE : 1L << geometry.inputBits();
	}

	public long read(int page, int index) {
		return pool.read(page, index);
	}

	/** The table page an entry points to. */
	public int childPage(long tableDescriptor, int level) {
		int page = pool.pageAt(codec.outputAddress(tableDescriptor, level));
		if (page < 0) {
			throw new IllegalStateException("table descriptor 0x" + Long.toHexString(tableDescriptor)
					+ " at level " + level + " points outside the table pages");
		}
		return page;
	}

	/** The input address the entry of a page maps (its page's base plus the entry's offset). */
	public long entryAddress(int page, int index) {
		int level = pool.level(page);
		long base;
		if (isRoot(page)) {
			base = (long) (page - rootPage) << (geometry.levelShift(level) + geometry.stride());
		} else if (pool.parentPage(page) >= 0) {
			base = entryAddress(pool.parentPage(page), pool.parentIndex(page));
		} else {
			base = 0;
		}
		return base + ((long) index << geometry.levelShift(level));
	}
}
