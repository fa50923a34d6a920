package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;

import org.junit.jupiter.api.Test;
import org.ptl.sim.Errno;
import org.ptl.sim.table.Memcache;

/**
 * DOMAIN.md §7, "unmap" (second half): tables are freed by unmap and coalescing only. set_owner(…,
 * 0) leaves an empty table behind, and wrprotect, relax_perms, mkyoung, test_clear_young, split and
 * a failed map free none.
 */
class TableLifetimeTest {

	@Test
	void setOwnerZeroLeavesAnEmptyTable() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.library.setOwner(0x1000, PAGE, 1), "annotate a page");
		assertEquals(4, s2.tablePages(), "root + level-2 + level-3 table");
		assertEquals(0, s2.library.setOwner(0x1000, PAGE, 0), "give it back to owner 0");
		assertEquals(0, s2.pte(0x1000), "the entry is empty");
		assertEquals(1, s2.pool().count(s2.library.leaf(0x1000).page()), "its table holds no counted entry");
		assertEquals(4, s2.tablePages(), "but is not freed");
	}

	@Test
	void attributeOperationsFreeNoTable() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W"), "a page");
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R", "W"), "a 2 MiB block");
		int tables = s2.tablePages();
		assertEquals(0, s2.library.wrprotect(0, 4 * MiB), "wrprotect");
		assertEquals(0, s2.library.relax(0x1000, s2.prot("W", "X")), "relax_perms");
		assertTrue(s2.library.testClearYoung(0, 4 * MiB, true), "test_clear_young");
		assertEquals(0x80_0000_13ffL, s2.library.mkyoung(0x1000), "mkyoung returns the old R|W|X page");
		assertEquals(tables, s2.tablePages(), "no table freed (nor allocated)");
		assertEquals(0, s2.library.split(0, 4 * MiB, Memcache.of(10)), "split of the page and the block");
		assertEquals(tables + 1, s2.tablePages(), "split allocated a table for the block and freed none");
	}

	@Test
	void aFailedMapKeepsTheTablesItAllocated() {
		Stage2 s2 = new Stage2();
		s2.memcache.set(1);
		assertEquals(-Errno.ENOMEM, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"),
				"a page needs two tables, the memcache has one page");
		assertEquals(3, s2.tablePages(), "the level-2 table it allocated stays");
		assertEquals(1, s2.pool().count(s2.table().childPage(s2.table().read(s2.table().rootPage(), 0), 1)),
				"and it is empty");
	}
}
