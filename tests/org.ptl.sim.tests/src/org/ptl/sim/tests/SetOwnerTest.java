package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ptl.sim.tests.Stage2.GiB;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;
import static org.ptl.sim.tests.Stage2.hex;

import org.junit.jupiter.api.Test;
import org.ptl.sim.Errno;

/**
 * DOMAIN.md §7, "set_owner": annotations always go in at level 3 (pages are forced), breaking blocks
 * and allocating tables as needed; without a memcache it returns -ENOMEM as soon as it needs a
 * table, keeping what it already did; a map over an annotation replaces it.
 */
class SetOwnerTest {

	@Test
	void annotatesPagesEvenWhereABlockWouldFit() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.library.setOwner(0x20_0000, 2 * MiB, 1), "set_owner of an aligned 2 MiB");
		assertEquals(3, s2.level(0x20_0000), "annotated at level 3, not with one level-2 entry");
		assertEquals(0x4, s2.pte(0x20_0000), "first page");
		assertEquals(0x4, s2.pte(0x3f_f000), "last page");
		assertEquals(4, s2.tablePages(), "root + level-2 + level-3 table");
		assertEquals(1 + 512, s2.pool().count(s2.library.leaf(0x20_0000).page()),
				"each annotation holds a reference on its table page");
	}

	@Test
	void breaksA1GiBBlock() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(GiB, GiB, 0x80_4000_0000L, "R", "W"), "a 1 GiB block");
		assertEquals(0, s2.library.setOwner(GiB + 0x1000, PAGE, 1), "set_owner of one page in it");
		assertEquals(0x4, s2.pte(GiB + 0x1000), "the annotation");
		assertEquals(3, s2.level(GiB + 0x1000), "at level 3");
		assertEquals(0, s2.leaves(GiB, GiB, 1) + s2.leaves(GiB, GiB, 2) + s2.leaves(GiB, GiB, 3),
				"nothing else of the block remains mapped");
	}

	@Test
	void withoutAMemcacheStopsWithEnomemKeepingWhatItDid() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1f_f000, PAGE, 0x80_001f_f000L, "R", "W"), "tables for the first 2 MiB");
		s2.noMemcache();
		assertEquals(-Errno.ENOMEM, s2.library.setOwner(0x1f_e000, 3 * PAGE, 1), "0x1fe000 .. 0x201000");
		assertEquals(0x4, s2.pte(0x1f_e000), "annotated before the failure");
		assertEquals(0x4, s2.pte(0x1f_f000), "the mapped page was replaced by the annotation");
		assertEquals(0, s2.pte(0x20_0000), "the next 2 MiB needed a table: not annotated");
		assertEquals(2, s2.level(0x20_0000), "and has none");
	}

	@Test
	void aMapOverAnAnnotationReplacesIt() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.library.setOwner(0x1000, PAGE, 1), "an annotation");
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W"), "map over it");
		assertEquals(hex(0x40_0080_0000_17ffL), hex(s2.pte(0x1000)), "a valid page");
		assertEquals(2, s2.pool().count(s2.library.leaf(0x1000).page()),
				"one reference: the page replaced the annotation");
		assertEquals(0, s2.library.unmap(0x1000, PAGE), "unmap it");
		assertEquals(2, s2.tablePages(), "the references balance: both tables are freed");
	}
}
