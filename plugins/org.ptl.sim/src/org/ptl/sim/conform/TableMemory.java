package org.ptl.sim.conform;

import java.util.function.LongFunction;

import org.ptl.model.support.Geometry;
import org.ptl.sim.format.FormatCodec;

/**
 * Walks a table in the memory a trace rebuilt (the monitor's copy): the leaf that maps an input
 * address, and every leaf or non-empty invalid entry in input-address order, descending through
 * table descriptors only. It reads the monitor's pages a page at a time (one lookup per table page,
 * not one per entry: the ownership check visits whole subtrees on every table descriptor written).
 */
final class TableMemory {

	/** What maps a range of input addresses: a leaf or an invalid descriptor, at a level. */
	interface Visitor {
		void entry(long input, long size, long descriptor, int level);
	}

	/** The monitor's page size, as a shift. */
	private final int pageShift;
	/** The words of the monitor's page at an address, or null for a page never written (all zero); read only. */
	private final LongFunction<long[]> pages;

	TableMemory(int pageShift, LongFunction<long[]> pages) {
		this.pageShift = pageShift;
		this.pages = pages;
	}

	private long read(long address) {
		long[] words = pages.apply(address & -(1L << pageShift));
		return words == null ? 0 : words[(int) ((address >>> 3) & (words.length - 1))];
	}

	/** The descriptor that ends the walk for the input address (0 when it reaches an empty entry). */
	long leaf(TraceTable table, long input) {
		FormatCodec codec = table.codec();
		Geometry geometry = codec.geometry();
		int level = geometry.firstLevel();
		long base = table.root();
		long rootSpan = geometry.entrySize(level) << geometry.stride();
		base += (input / rootSpan) << geometry.pageShift();
		while (true) {
			long index = (input / geometry.entrySize(level)) & (geometry.entriesPerTable() - 1);
			long descriptor = read(base + (index << 3));
			if (level < geometry.lastLevel() && codec.isTable(descriptor, level)) {
				base = codec.outputAddress(descriptor, level);
				level++;
			} else {
				return descriptor;
			}
		}
	}

	/** Visits every non-empty entry that is not a table descriptor, in input-address order. */
	void forEach(TraceTable table, Visitor visitor) {
		Geometry geometry = table.codec().geometry();
		int level = geometry.firstLevel();
		long rootSpan = geometry.entrySize(level) << geometry.stride();
		int rootPages = Math.max(geometry.rootPages(), geometry.requiredRootPages());
		for (int page = 0; page < rootPages; page++) {
			visit(table, table.root() + ((long) page << geometry.pageShift()), level, page * rootSpan, visitor);
		}
	}

	/** Visits the non-empty entries of the table page at {@code base} (of the level) and of the pages below it. */
	void visit(TraceTable table, long base, int level, long inputBase, Visitor visitor) {
		FormatCodec codec = table.codec();
		Geometry geometry = codec.geometry();
		long size = geometry.entrySize(level);
		long entries = geometry.entriesPerTable();
		int perPage = 1 << (pageShift - 3);
		// a table page is one monitor page, or a run of them, or a part of one (other granules)
		for (long index = 0; index < entries;) {
			long address = base + (index << 3);
			long[] words = pages.apply(address & -(1L << pageShift));
			int first = (int) ((address >>> 3) & (perPage - 1));
			int count = (int) Math.min(entries - index, perPage - first);
			for (int k = 0; words != null && k < count; k++) {
				long descriptor = words[first + k];
				if (descriptor == 0) {
					continue;
				}
				long input = inputBase + (index + k) * size;
				if (level < geometry.lastLevel() && codec.isTable(descriptor, level)) {
					visit(table, codec.outputAddress(descriptor, level), level + 1, input, visitor);
				} else {
					visitor.entry(input, size, descriptor, level);
				}
			}
			index += count;
		}
	}
}
