package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;
import static org.ptl.sim.tests.Stage2.hex;

import org.junit.jupiter.api.Test;
import org.ptl.sim.Errno;
import org.ptl.sim.table.Memcache;

/**
 * DOMAIN.md §7, "Partial results": map and set_owner keep everything done before the failing entry,
 * whether the failure is -ENOMEM for want of a memcache or -EAGAIN on the fault path; nothing is
 * rolled back.
 */
class PartialResultsTest {

	@Test
	void mapKeepsThePagesBeforeAnEnomem() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x10_0000, PAGE, 0x90_0000_0000L, "R"), "tables for the first 2 MiB");
		s2.noMemcache();
		assertEquals(-Errno.ENOMEM, s2.map(0x1f_e000, 4 * PAGE, 0x80_001f_e000L, "R", "W"), "0x1fe000 .. 0x202000");
		assertEquals(hex(0x40_0080_001f_e7ffL), hex(s2.pte(0x1f_e000)), "mapped before the failure");
		assertEquals(hex(0x40_0080_001f_f7ffL), hex(s2.pte(0x1f_f000)), "mapped before the failure");
		assertEquals(0, s2.pte(0x20_0000), "not mapped: needed a level-3 table");
		assertEquals(0, s2.pte(0x20_1000), "not reached");
	}

	@Test
	void mapKeepsThePagesBeforeAnEagainOnTheFaultPath() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x2000, PAGE, 0x80_0000_2000L, "R"), "an R page at 0x2000");
		assertEquals(-Errno.EAGAIN, s2.mapOnFaultPath(0x0, 4 * PAGE, 0x80_0000_0000L, "R", "W"),
				"R|W over 0x0 .. 0x4000 on the fault path");
		assertEquals(hex(0x40_0080_0000_07ffL), hex(s2.pte(0x0)), "changed before the failure");
		assertEquals(hex(0x40_0080_0000_17ffL), hex(s2.pte(0x1000)), "changed before the failure");
		assertEquals(hex(0x40_0080_0000_277fL), hex(s2.pte(0x2000)), "permission-only: left R");
		assertEquals(0, s2.pte(0x3000), "not reached");
	}

	@Test
	void setOwnerKeepsTheAnnotationsBeforeAnEnomem() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.library.setOwner(0x1f_f000, PAGE, 1), "tables for the first 2 MiB");
		s2.noMemcache();
		assertEquals(-Errno.ENOMEM, s2.library.setOwner(0x1f_c000, 8 * PAGE, 1), "0x1fc000 .. 0x204000");
		assertEquals(0x4, s2.pte(0x1f_c000), "annotated before the failure");
		assertEquals(0x4, s2.pte(0x1f_d000), "annotated before the failure");
		assertEquals(0, s2.pte(0x20_0000), "not annotated");
	}

	@Test
	void aFailedSplitKeepsTheBlocksItSplit() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x20_0000, 4 * MiB, 0x80_0020_0000L, "R"), "two 2 MiB blocks");
		assertEquals(-Errno.ENOMEM, s2.library.split(0x20_0000, 4 * MiB, Memcache.of(1)),
				"a cache page for one of them");
		assertEquals(512, s2.leaves(0x20_0000, 2 * MiB, 3), "the first stays split");
		assertEquals(2, s2.level(0x40_0000), "the second is still a block");
	}
}
