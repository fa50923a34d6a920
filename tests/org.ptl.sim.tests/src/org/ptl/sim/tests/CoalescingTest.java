package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ptl.sim.tests.Stage2.GiB;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;
import static org.ptl.sim.tests.Stage2.hex;

import org.junit.jupiter.api.Test;
import org.ptl.sim.table.Memcache;

/**
 * DOMAIN.md §7, "Coalescing": a map that covers a whole aligned block where the level already holds
 * a table replaces the table by a block (on the way down, in TABLE_PRE) and frees the whole subtree
 * at once, whatever it held: pages with other permissions, annotations, a fully split 1 GiB.
 */
class CoalescingTest {

	@Test
	void aWhole2MiBMapReplacesATableOfMixedEntries() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x20_0000, PAGE, 0x80_0020_0000L, "R"), "an R page");
		assertEquals(0, s2.map(0x20_1000, PAGE, 0x80_0020_1000L, "R", "W", "X"), "an R|W|X page");
		assertEquals(0, s2.map(0x30_0000, PAGE, 0x90_0000_0000L, "R", "DEVICE"),
				"a device page elsewhere in the 2 MiB");
		assertEquals(0, s2.library.setOwner(0x20_2000, PAGE, 1), "an annotation");
		assertEquals(4, s2.tablePages(), "root + level-2 + level-3 table");

		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R", "W"), "map the whole 2 MiB");
		assertEquals(2, s2.level(0x20_0000), "it is a level-2 block now");
		assertEquals(hex(0x40_0080_0020_07fdL), hex(s2.pte(0x20_2000)), "the block also covers the annotated page");
		assertEquals(3, s2.tablePages(), "the level-3 table was freed");
	}

	@Test
	void aWhole1GiBMapReplacesAFullySplit1GiB() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(GiB, GiB, 0x80_4000_0000L, "R", "W"), "a 1 GiB block");
		assertEquals(0, s2.library.split(GiB, GiB, Memcache.of(513)), "split to 512 x 512 pages");
		assertEquals(2 + 1 + 512, s2.tablePages(), "root + one level-2 + 512 level-3 tables");

		assertEquals(0, s2.map(GiB, GiB, 0x80_4000_0000L, "R"), "map the whole 1 GiB again, read-only");
		assertEquals(1, s2.level(GiB), "it is a level-1 block again");
		assertEquals(hex(0x40_0080_4000_077dL), hex(s2.pte(GiB + 123 * PAGE)), "an R block: the new permissions");
		assertEquals(2, s2.tablePages(), "all 513 table pages were freed at once");
	}
}
