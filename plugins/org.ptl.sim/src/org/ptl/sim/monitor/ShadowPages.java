package org.ptl.sim.monitor;

import java.util.function.LongConsumer;

import org.ptl.sim.format.FormatCodec;

/**
 * The monitor's own copy of table memory, page by page, and what it knows of each page: which table
 * it belongs to (reachable from that table's root), its level and the input address of its first
 * entry, and whether it hangs under an entry that was broken and is not yet clean (casemate's "not
 * writable" children). Marking follows table descriptors down; forgetting a subtree makes its pages
 * plain memory again.
 */
final class ShadowPages {

	/** One page of memory as the monitor sees it. */
	static final class Page {
		final long[] words;
		/** The table (index of its root) the page is part of, or -1 when it is no table's. */
		int table = -1;
		int level;
		long inputBase;
		boolean detached;

		Page(int entries) {
			words = new long[entries];
		}

		Page copy() {
			Page copy = new Page(words.length);
			System.arraycopy(words, 0, copy.words, 0, words.length);
			copy.table = table;
			copy.level = level;
			copy.inputBase = inputBase;
			copy.detached = detached;
			return copy;
		}
	}

	private final int pageShift;
	private final PageMap pages = new PageMap();

	ShadowPages(int pageShift) {
		this.pageShift = pageShift;
	}

	ShadowPages copy() {
		ShadowPages copy = new ShadowPages(pageShift);
		pages.forEach((address, page) -> copy.pages.put(address, page.copy()));
		return copy;
	}

	long pageSize() {
		return 1L << pageShift;
	}

	long pageOf(long address) {
		return address & -(1L << pageShift);
	}

	int indexOf(long address) {
		return (int) ((address & ((1L << pageShift) - 1)) >>> 3);
	}

	Page page(long pageAddress) {
		return pages.get(pageAddress);
	}

	/** The page, made zeroed when the monitor has not seen it before. */
	Page pageOrZero(long pageAddress) {
		Page page = pages.get(pageAddress);
		if (page == null) {
			page = new Page(1 << (pageShift - 3));
			pages.put(pageAddress, page);
		}
		return page;
	}

	void zero(long pageAddress) {
		Page page = pageOrZero(pageAddress);
		java.util.Arrays.fill(page.words, 0);
		page.table = -1;
		page.detached = false;
	}

	/**
	 * Makes the page, and every page its table descriptors reach, part of the table at the level;
	 * tells {@code doubleUse} about each page that already was part of one.
	 */
	void mark(long pageAddress, int table, int level, long inputBase, FormatCodec codec, LongConsumer doubleUse) {
		Page page = pageOrZero(pageAddress);
		if (page.table >= 0) {
			doubleUse.accept(pageAddress);
			return;
		}
		page.table = table;
		page.level = level;
		page.inputBase = inputBase;
		page.detached = false;
		long entrySize = codec.geometry().entrySize(level);
		for (int i = 0; i < page.words.length; i++) {
			long value = page.words[i];
			if (codec.isTable(value, level)) {
				mark(codec.outputAddress(value, level), table, level + 1, inputBase + i * entrySize, codec, doubleUse);
			}
		}
	}

	/** Marks the subtree under a table descriptor as hanging from a broken entry (or not). */
	void detach(long descriptor, int level, FormatCodec codec, boolean detached) {
		if (!codec.isTable(descriptor, level)) {
			return;
		}
		Page page = pages.get(codec.outputAddress(descriptor, level));
		if (page == null || page.table < 0) {
			return;
		}
		page.detached = detached;
		// most entries are empty or leaves: test them here rather than in a call per entry
		for (long value : page.words) {
			if (value != 0 && codec.isTable(value, level + 1)) {
				detach(value, level + 1, codec, detached);
			}
		}
	}

	/**
	 * Forgets the subtree under a table descriptor: its pages are plain memory again. Entries of them
	 * that are unclean stay so: TLBs may still hold what they mapped.
	 */
	void forget(long descriptor, int level, FormatCodec codec) {
		if (!codec.isTable(descriptor, level)) {
			return;
		}
		long pageAddress = codec.outputAddress(descriptor, level);
		Page page = pages.get(pageAddress);
		if (page == null || page.table < 0) {
			return;
		}
		page.table = -1;
		page.detached = false;
		for (long value : page.words) {
			if (value != 0 && codec.isTable(value, level + 1)) {
				forget(value, level + 1, codec);
			}
		}
	}

	/** A hash of which pages are tables, detached, and at which level (not of their contents). */
	long marksHash() {
		long hash = 0;
		for (int slot = 0; slot < pages.capacity(); slot++) {
			Page page = pages.valueAt(slot);
			if (page != null && page.table >= 0) {
				long mixed = pages.keyAt(slot) * 0x9E3779B97F4A7C15L + page.level * 31L + (page.detached ? 7 : 3);
				hash += Long.rotateLeft(mixed, 17) ^ mixed;
			}
		}
		return hash;
	}
}
