package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ptl.sim.tests.Stage2.GiB;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;
import static org.ptl.sim.tests.Stage2.hex;

import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §7, "map over a block with a smaller mapping": the block is broken (with a TLB
 * invalidation) and replaced by a new, empty table holding only the new entry; the rest of the old
 * block is unmapped, to be faulted back lazily. set_owner inside a block does the same.
 */
class MapOverBlockTest {

	@Test
	void aPageInsideA2MiBBlockLeavesOnlyThatPage() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R", "W"), "a 2 MiB block");
		assertEquals(3, s2.tablePages(), "root + one level-2 table");
		s2.maintenance.clear();

		assertEquals(0, s2.map(0x20_1000, PAGE, 0x90_0000_0000L, "R"), "a page inside the block");
		assertEquals(hex(0x40_0090_0000_077fL), hex(s2.pte(0x20_1000)), "the new page");
		assertEquals(3, s2.level(0x20_1000), "at level 3");
		assertEquals(1, s2.leaves(0x20_0000, 2 * MiB, 3), "the new table holds only the new entry");
		assertEquals(0, s2.pte(0x20_0000), "the rest of the block is unmapped (before)");
		assertEquals(0, s2.pte(0x3f_f000), "the rest of the block is unmapped (after)");
		assertEquals(4, s2.tablePages(), "one new level-3 table");
		assertTrue(s2.invalidatedTlb(), "breaking the block invalidated the TLB: " + s2.maintenance);
	}

	@Test
	void a2MiBMapInsideA1GiBBlockLeavesOnlyThatBlock() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(GiB, GiB, 0x80_4000_0000L, "R", "W"), "a 1 GiB block");
		assertEquals(0, s2.map(GiB + 4 * MiB, 2 * MiB, 0x90_0000_0000L, "R", "W", "X"), "a 2 MiB map inside it");
		assertEquals(hex(0x90_0000_07fdL), hex(s2.pte(GiB + 4 * MiB)), "the new 2 MiB block");
		assertEquals(1, s2.leaves(GiB, GiB, 2), "the only entry of the new level-2 table");
		assertEquals(0, s2.leaves(GiB, GiB, 1), "the 1 GiB block is gone");
		assertEquals(0, s2.pte(GiB), "its first 2 MiB are unmapped");
	}

	@Test
	void setOwnerInsideABlockLeavesOnlyTheAnnotation() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R", "W"), "a 2 MiB block");
		assertEquals(0, s2.library.setOwner(0x20_1000, PAGE, 1), "set_owner inside the block");
		assertEquals(0x4, s2.pte(0x20_1000), "the annotated page");
		assertEquals(3, s2.level(0x20_1000), "at level 3");
		assertEquals(0, s2.leaves(0x20_0000, 2 * MiB, 3), "no valid page remains");
		assertEquals(0, s2.pte(0x20_0000), "the rest of the block is unmapped");
	}
}
