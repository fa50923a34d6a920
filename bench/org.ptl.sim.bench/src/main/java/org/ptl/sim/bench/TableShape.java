package org.ptl.sim.bench;

import java.util.List;
import java.util.Locale;

import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.walk.WalkFlags;

/**
 * The table each benchmark works on, summed up in one line per operation as bench/sim-vs-linux.sh's
 * C harness (bench/native/pgtable_bench.c) prints it for Linux's own pgtable.c: table pages live,
 * table entries, valid leaves and the sum of every entry, after a map of the benchmarks' 1 GiB from
 * a fresh table (in one call, and in one call per 4K page) and after its unmap. Table pages have
 * the same physical addresses on both sides, so equal sums mean equal descriptors: the script
 * compares the lines, so that the times compare the same work.
 */
final class TableShape {

	private TableShape() {
	}

	static List<String> measure(Stage2Setup setup) {
		PgtableLibrary library = setup.newLibrary();
		setup.populate(library);
		String map = line("map", library);
		setup.clear(library);
		String unmap = line("unmap", library);

		library = setup.newLibrary();
		for (long offset = 0; offset < Stage2Setup.SIZE; offset += Stage2Setup.PAGE) {
			Stage2Setup.expectZero("map", library.map(Stage2Setup.IPA + offset, Stage2Setup.PAGE,
					Stage2Setup.PHYS + offset, setup.prot, 0));
		}
		return List.of(map, unmap, line("mapPages", library));
	}

	private static String line(String operation, PgtableLibrary library) {
		EntryCounter counter = new EntryCounter();
		Stage2Setup.expectZero("walk", library.walker().walk(library.table(), Stage2Setup.IPA, Stage2Setup.SIZE,
				counter, WalkFlags.TABLE_PRE | WalkFlags.LEAF));
		return String.format(Locale.ROOT, "shape %s: pages=%d tables=%d leaves=%d sum=0x%s", operation,
				library.table().pool().livePages(), counter.tables, counter.leaves, Long.toHexString(counter.sum));
	}
}
