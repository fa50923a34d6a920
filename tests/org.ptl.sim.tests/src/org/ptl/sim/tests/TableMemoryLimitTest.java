package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ptl.model.Format;
import org.ptl.model.Operations;
import org.ptl.model.WalkerPolicy;
import org.ptl.sim.Errno;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.kvm.OperationSet;
import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.table.TablePool;
import org.ptl.sim.walk.WalkPolicy;
import org.ptl.sim.walk.Walker;

/**
 * The simulated memory for tables is finite, as the kernel's is: a map that needs more table pages
 * than it has gets -ENOMEM as a step result (keeping what it mapped before, as a map that runs out
 * of memcache does), instead of exhausting the Java heap. Scenarios get {@link TablePool#MAX_BYTES} of it;
 * this test uses a memory of 64 pages to get there quickly.
 */
class TableMemoryLimitTest {

	@Test
	void aMapThatNeedsMoreTablesThanMemoryHasGetsEnomem() {
		FormatCodec codec = FormatCodec.compile(Models.EXAMPLES.named(Format.class, "arm64_s2_4k_40"));
		OperationSet kvm = OperationSet.compile(Models.EXAMPLES.named(Operations.class, "kvm_stage2_6_12"), codec);
		Walker walker = new Walker(WalkPolicy.compile(Models.EXAMPLES.named(WalkerPolicy.class, "mainline_6_2")));
		PageTable table = new PageTable(codec, 0, 64);
		PgtableLibrary library = new PgtableLibrary(table, kvm, walker, Memcache.of(Memcache.UNLIMITED),
				Maintenance.NONE);
		// a PA one page off a 2 MiB boundary forces 4K pages: 1 GiB needs a level-2 and 512 level-3 tables
		int result = library.map(0, 1L << 30, 0x1000, kvm.flags().of(java.util.List.of("R")), 0);
		assertEquals(-Errno.ENOMEM, result);
		assertEquals(64, table.pool().livePages(), "every page of table memory is in use, the two root pages included");
		assertEquals(0x004000000000177fL, library.leaf(0).descriptor(), "what was mapped before memory ran out stays");
		assertEquals(0, library.leaf(61L << 21).descriptor(), "61 level-3 tables were filled, the 62nd was not there");
	}

	@Test
	void theDefaultMemoryIsCountedInBytesSoLargeGranulesGetFewerPages() {
		assertEquals(65_536, TablePool.maxPages(12), "256 MiB of 4K pages");
		assertEquals(16_384, TablePool.maxPages(14), "256 MiB of 16K pages");
		assertEquals(4_096, TablePool.maxPages(16), "256 MiB of 64K pages");
	}

	@Test
	void aRootLargerThanTheMemoryIsRefused() {
		TablePool pool = new TablePool(12, 0, 4);
		IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> pool.allocateContiguous(8));
		assertEquals("a root of 8 pages does not fit a table memory of 4 pages", refused.getMessage());
	}
}
