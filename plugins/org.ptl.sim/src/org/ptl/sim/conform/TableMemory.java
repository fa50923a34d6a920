package org.ptl.sim.conform;

import java.util.function.LongUnaryOperator;

import org.ptl.model.support.Geometry;
import org.ptl.sim.format.FormatCodec;

/**
 * Walks a table in the memory a trace rebuilt (the monitor's copy): the leaf that maps an input
 * address, and every leaf or non-empty invalid entry in input-address order, descending through
 * table descriptors only.
 */
final class TableMemory {

	/** What maps a range of input addresses: a leaf or an invalid descriptor, at a level. */
	interface Visitor {
		void entry(long input, long size, long descriptor, int level);
	}

	private final LongUnaryOperator memory;

	TableMemory(LongUnaryOperator memory) {
		this.memory = memory;
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
			long descriptor = memory.applyAsLong(base + (index << 3));
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
		for (long index = 0; index < geometry.entriesPerTable(); index++) {
			long descriptor = memory.applyAsLong(base + (index << 3));
			if (descriptor == 0) {
				continue;
			}
			long input = inputBase + index * size;
			if (level < geometry.lastLevel() && codec.isTable(descriptor, level)) {
				visit(table, codec.outputAddress(descriptor, level), level + 1, input, visitor);
			} else {
				visitor.entry(input, size, descriptor, level);
			}
		}
	}
}
