package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ptl.sim.tests.Stage2.GiB;
import static org.ptl.sim.tests.Stage2.IPA_LIMIT;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;

import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §7, "unmap": every leaf that intersects the range is removed, whole blocks that extend
 * past it included, and annotations are cleared; on the way back up a table is freed when it holds
 * no non-zero entry, recursively; the root pages are never freed.
 */
class UnmapTest {

	@Test
	void fourKiBInsideA2MiBBlockRemovesTheWholeBlock() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R", "W"), "a 2 MiB block");
		assertEquals(0, s2.library.unmap(0x30_0000, PAGE), "unmap 4 KiB in its middle");
		assertEquals(0, s2.pte(0x20_0000), "the whole block is gone");
		assertEquals(0, s2.pte(0x3f_f000), "the whole block is gone");
		assertEquals(2, s2.tablePages(), "and the level-2 table that held only it");
	}

	@Test
	void fourKiBInsideA1GiBBlockRemovesTheWholeBlock() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(GiB, GiB, 0x80_4000_0000L, "R", "W"), "a 1 GiB block");
		assertEquals(0, s2.library.unmap(2 * GiB - PAGE, PAGE), "unmap its last page");
		assertEquals(0, s2.pte(GiB), "the whole block is gone");
	}

	@Test
	void annotationsAreClearedAndTheirTablesFreed() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.library.setOwner(0x1000, 2 * PAGE, 1), "two annotations");
		assertEquals(4, s2.tablePages(), "root + level-2 + level-3 table");
		assertEquals(0, s2.library.unmap(0x1000, 2 * PAGE), "unmap them");
		assertEquals(0, s2.pte(0x1000), "annotation cleared");
		assertEquals(0, s2.pte(0x2000), "annotation cleared");
		assertEquals(2, s2.tablePages(), "the emptied tables were freed");
	}

	@Test
	void aTableIsFreedOnlyOnceItHoldsNoNonZeroEntry() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "a page");
		assertEquals(0, s2.library.setOwner(0x2000, PAGE, 1), "an annotation in the same level-3 table");
		assertEquals(0, s2.map(0x20_0000, PAGE, 0x80_0020_0000L, "R"), "a page in the next 2 MiB");
		assertEquals(5, s2.tablePages(), "root + level-2 + 2 level-3 tables");

		assertEquals(0, s2.library.unmap(0x1000, PAGE), "unmap the first page");
		assertEquals(5, s2.tablePages(), "its table still holds the annotation");
		assertEquals(0, s2.library.unmap(0x2000, PAGE), "unmap the annotation");
		assertEquals(4, s2.tablePages(), "its level-3 table is freed; the level-2 table still holds the other");
		assertEquals(0, s2.library.unmap(0x20_0000, PAGE), "unmap the last page");
		assertEquals(2, s2.tablePages(), "level-3 and then level-2 table freed on the way up");
	}

	@Test
	void theRootIsNeverFreed() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "a page in the first root page");
		assertEquals(0, s2.map(IPA_LIMIT - PAGE, PAGE, 0x80_0000_2000L, "R"), "a page in the second root page");
		assertEquals(0, s2.library.unmap(0, IPA_LIMIT), "unmap everything");
		assertEquals(2, s2.tablePages(), "the two root pages remain");
		assertEquals(1, s2.pool().count(s2.table().rootPage()), "root page 0 holds no entry, only itself");
		assertEquals(1, s2.pool().count(s2.table().rootPage() + 1), "root page 1 holds no entry, only itself");
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "and it still works");
	}
}
