package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;
import static org.ptl.sim.tests.Stage2.hex;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §7, "mkyoung" and "test_clear_young": mkyoung sets AF on the leaf containing the address
 * and returns the descriptor as it was (0 when the entry is invalid, which it leaves alone);
 * test_clear_young reports whether any valid leaf of the range has AF set and, with mkold, clears
 * it.
 */
class AccessFlagTest {

	private static final long RW_PAGE = 0x40_0080_0000_17ffL;
	private static final long RW_PAGE_OLD = 0x40_0080_0000_13ffL;

	@Test
	void mkyoungReturnsTheOldDescriptorAndSetsAf() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W"), "an R|W page");
		assertEquals(hex(RW_PAGE), hex(s2.library.mkyoung(0x1000)), "a young page: returned as it is");
		assertTrue(s2.library.testClearYoung(0x1000, PAGE, true), "make it old");
		assertEquals(hex(RW_PAGE_OLD), hex(s2.pte(0x1000)), "AF (bit 10) cleared");
		assertEquals(hex(RW_PAGE_OLD), hex(s2.library.mkyoung(0x1234)), "mkyoung returns the old descriptor");
		assertEquals(hex(RW_PAGE), hex(s2.pte(0x1000)), "and sets AF");
	}

	@Test
	void mkyoungOfAnInvalidEntryReturns0AndChangesNothing() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.library.setOwner(0x2000, PAGE, 1), "an annotation");
		List<String> before = s2.snapshot();
		assertEquals(0, s2.library.mkyoung(0x2000), "annotated entry");
		assertEquals(0, s2.library.mkyoung(0x3000), "empty entry");
		assertEquals(0, s2.library.mkyoung(0x4000_0000L), "empty root entry");
		assertEquals(before, s2.snapshot(), "nothing changed");
	}

	@Test
	void testClearYoungReportsAndClearsWithMkold() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W"), "an R|W page");
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R", "W"), "an R|W 2 MiB block");
		assertEquals(0, s2.library.setOwner(0x2000, PAGE, 1), "an annotation");

		assertTrue(s2.library.testClearYoung(0, 4 * MiB, false), "young leaves, without mkold");
		assertEquals(hex(RW_PAGE), hex(s2.pte(0x1000)), "without mkold AF stays set");
		assertTrue(s2.library.testClearYoung(0x1000, 0x20_1000 - 0x1000, true), "young, with mkold");
		assertEquals(hex(RW_PAGE_OLD), hex(s2.pte(0x1000)), "the page is old");
		assertEquals(hex(0x40_0080_0020_03fdL), hex(s2.pte(0x20_0000)), "the whole block is old");
		assertEquals(0x4, s2.pte(0x2000), "the annotation is untouched");
		assertFalse(s2.library.testClearYoung(0, 4 * MiB, true), "nothing young any more");
		assertFalse(s2.library.testClearYoung(0x4000_0000L, 2 * MiB, true), "nothing mapped: false");
	}
}
