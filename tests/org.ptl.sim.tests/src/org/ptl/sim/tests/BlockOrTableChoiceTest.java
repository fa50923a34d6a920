package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ptl.sim.tests.Stage2.GiB;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;
import static org.ptl.sim.tests.Stage2.hex;

import org.junit.jupiter.api.Test;
import org.ptl.sim.Errno;

/**
 * DOMAIN.md §7, "map: block or table": from level 1 down, map installs a leaf at the first level
 * where the IPA is aligned to the block size, the rest of the range covers a whole block and the PA
 * is aligned too; otherwise it allocates a table from the memcache (-ENOMEM without one) and
 * descends. Unaligned heads and tails get pages and the aligned middle gets blocks.
 */
class BlockOrTableChoiceTest {

	@Test
	void unalignedHeadAndTailGetPagesAndTheAlignedMiddleGetsBlocks() {
		Stage2 s2 = new Stage2();
		long start = 0x3fff_d000L;
		long size = 3 * PAGE + GiB + 2 * MiB + 2 * PAGE;
		assertEquals(0, s2.map(start, size, 0x80_0000_0000L + start, "R", "W"), "map 0x3fffd000 .. 0x80202000");

		for (long head = 0x3fff_d000L; head < 0x4000_0000L; head += PAGE) {
			assertEquals(3, s2.level(head), "head page " + hex(head));
		}
		assertEquals(1, s2.level(0x4000_0000L), "the aligned 1 GiB is a level-1 block");
		assertEquals(hex(0x40_0080_4000_07fdL), hex(s2.pte(0x4000_0000L)), "R|W 1 GiB block at PA 0x8040000000");
		assertEquals(2, s2.level(0x8000_0000L), "the aligned 2 MiB after it is a level-2 block");
		assertEquals(hex(0x40_0080_8000_07fdL), hex(s2.pte(0x8000_0000L)), "R|W 2 MiB block at PA 0x8080000000");
		assertEquals(3, s2.level(0x8020_0000L), "tail page 0x80200000");
		assertEquals(3, s2.level(0x8020_1000L), "tail page 0x80201000");
		assertEquals(0, s2.pte(0x8020_2000L), "nothing past the end");
		assertEquals(0, s2.pte(0x3fff_c000L), "nothing before the start");

		assertEquals(5, s2.leaves(0, 4 * GiB, 3), "3 head + 2 tail pages");
		assertEquals(1, s2.leaves(0, 4 * GiB, 2), "one 2 MiB block");
		assertEquals(1, s2.leaves(0, 4 * GiB, 1), "one 1 GiB block");
	}

	@Test
	void aPhysicalAddressOffBy4KiBGives512Pages() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0000_1000L, "R", "W"), "2 MiB-aligned IPA, PA off by 4 KiB");
		assertEquals(512, s2.leaves(0x20_0000, 2 * MiB, 3), "512 pages");
		assertEquals(0, s2.leaves(0x20_0000, 2 * MiB, 2), "no block");
		assertEquals(hex(0x40_0080_0000_17ffL), hex(s2.pte(0x20_0000)), "first page -> PA 0x8000001000");
		assertEquals(hex(0x40_0080_0020_07ffL), hex(s2.pte(0x3f_f000)), "last page -> PA 0x8000200000");
	}

	@Test
	void aTableNeedsAMemcacheAndABlockDoesNot() {
		Stage2 s2 = new Stage2();
		s2.noMemcache();
		assertEquals(-Errno.ENOMEM, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "a page needs tables");
		assertEquals(0, s2.pte(0x1000), "so it is not mapped");
		assertEquals(2, s2.tablePages(), "and no table was allocated");
		assertEquals(0, s2.map(GiB, GiB, 0x80_4000_0000L, "R"), "a 1 GiB block needs no table");
		assertEquals(1, s2.level(GiB), "it is a level-1 block");
		assertEquals(2, s2.tablePages(), "still only the root");
	}

	@Test
	void anEmptyMemcacheIsNoBetterThanNone() {
		Stage2 s2 = new Stage2();
		s2.memcache.set(0);
		assertEquals(-Errno.ENOMEM, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R"),
				"a 2 MiB block needs a level-2 table");
	}

	@Test
	void eachLevelBelowTheRootTakesOnePageFromTheMemcache() {
		Stage2 s2 = new Stage2();
		s2.memcache.set(1);
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R"), "a 2 MiB block takes one level-2 table");
		assertEquals(0, s2.memcache.pages(), "the memcache's one page");
		s2.memcache.set(2);
		assertEquals(0, s2.map(GiB + PAGE, PAGE, 0x80_0000_1000L, "R"), "a page in a new 1 GiB takes two tables");
		assertEquals(0, s2.memcache.pages(), "a level-2 and a level-3 table");
		assertEquals(5, s2.tablePages(), "root (2) + 2 level-2 tables + 1 level-3 table");
	}
}
