package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ptl.sim.tests.Stage2.PAGE;
import static org.ptl.sim.tests.Stage2.hex;

import org.junit.jupiter.api.Test;
import org.ptl.sim.Errno;
import org.ptl.sim.walk.WalkFlags;

/**
 * DOMAIN.md §7, "Permission-only remaps are skipped": a remap that changes only S2AP/XN (or nothing)
 * leaves the leaf alone and its visitor returns -EAGAIN, which a walk with flags 0 ignores (map
 * returns 0, old permissions kept) and the fault path's HANDLE_FAULT | SHARED walk stops at (earlier
 * pages changed, later ones left unmapped). Other differences go through break-before-make; a
 * change of SW bits only is stored in place by an exclusive walk and broken by a shared one.
 */
class PermissionOnlyRemapTest {

	private static final long RW_PAGE_0X1000 = 0x40_0080_0000_17ffL;

	@Test
	void withFlags0MapReturns0AndKeepsTheOldPermissions() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W"), "an R|W page");
		s2.maintenance.clear();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W", "X"), "remap adding X");
		assertEquals(hex(RW_PAGE_0X1000), hex(s2.pte(0x1000)), "still R|W with XN");
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "remap taking W away");
		assertEquals(hex(RW_PAGE_0X1000), hex(s2.pte(0x1000)), "still writable");
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W"), "the very same mapping");
		assertEquals(hex(RW_PAGE_0X1000), hex(s2.pte(0x1000)), "unchanged");
		assertFalse(s2.invalidatedTlb(), "no break-before-make for a skipped remap: " + s2.maintenance);
	}

	@Test
	void onTheFaultPathMapStopsWithEagain() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W"), "page 0x1000 only");
		assertEquals(-Errno.EAGAIN, s2.mapOnFaultPath(0x0, 4 * PAGE, 0x80_0000_0000L, "R", "W", "X"),
				"R|W|X over 0x0..0x4000 with HANDLE_FAULT | SHARED");
		assertEquals(hex(0x80_0000_07ffL), hex(s2.pte(0x0)), "the earlier page was mapped R|W|X");
		assertEquals(hex(RW_PAGE_0X1000), hex(s2.pte(0x1000)), "the permission-only change was skipped");
		assertEquals(0, s2.pte(0x2000), "the walk stopped: later pages stay unmapped");
		assertEquals(0, s2.pte(0x3000), "the walk stopped: later pages stay unmapped");
	}

	@Test
	void sharedWithoutHandleFaultIgnoresEagain() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W"), "page 0x1000 only");
		assertEquals(0, s2.library.map(0x0, 4 * PAGE, 0x80_0000_0000L, s2.prot("R", "W", "X"), WalkFlags.SHARED),
				"SHARED alone does not make -EAGAIN stop the walk (DOMAIN.md §3.3)");
		assertEquals(hex(RW_PAGE_0X1000), hex(s2.pte(0x1000)), "the permission-only change was skipped");
		assertEquals(hex(0x80_0000_37ffL), hex(s2.pte(0x3000)), "the later pages were mapped");
	}

	@Test
	void otherDifferencesGoThroughBreakBeforeMake() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W"), "an R|W page");
		s2.maintenance.clear();
		assertEquals(0, s2.map(0x1000, PAGE, 0x90_0000_1000L, "R", "W"), "another output address");
		assertEquals(hex(0x40_0090_0000_17ffL), hex(s2.pte(0x1000)), "new OA");
		assertTrue(s2.invalidatedTlb(), "OA change: break-before-make " + s2.maintenance);

		s2.maintenance.clear();
		assertEquals(0, s2.map(0x1000, PAGE, 0x90_0000_1000L, "R", "W", "DEVICE"), "another memory type");
		assertEquals(hex(0x40_0090_0000_17c7L), hex(s2.pte(0x1000)), "MemAttr Device-nGnRE");
		assertTrue(s2.invalidatedTlb(), "MemAttr change: break-before-make " + s2.maintenance);

		assertTrue(s2.library.testClearYoung(0x1000, PAGE, true), "make it old");
		s2.maintenance.clear();
		assertEquals(0, s2.map(0x1000, PAGE, 0x90_0000_1000L, "R", "W", "DEVICE"), "the same mapping, but AF differs");
		assertEquals(hex(0x40_0090_0000_17c7L), hex(s2.pte(0x1000)), "AF set again");
		assertTrue(s2.invalidatedTlb(), "AF change: break-before-make " + s2.maintenance);
	}

	@Test
	void aSoftwareBitChangeIsStoredInPlaceByAnExclusiveWalk() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W"), "an R|W page");
		s2.maintenance.clear();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W", "SW0"), "the same with SW0");
		assertEquals(hex(0xc0_0080_0000_17ffL), hex(s2.pte(0x1000)), "SW0 (bit 55) set");
		assertEquals(0, s2.maintenance.size(), "stored in place: no TLBI, no cache maintenance " + s2.maintenance);
	}

	@Test
	void aSoftwareBitChangeIsBrokenBeforeMadeByASharedWalk() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W"), "an R|W page");
		s2.maintenance.clear();
		assertEquals(0, s2.library.map(0x1000, PAGE, 0x80_0000_1000L, s2.prot("R", "W", "SW1"), Stage2.FAULT_PATH),
				"the same with SW1, on the fault path");
		assertEquals(hex(0x140_0080_0000_17ffL), hex(s2.pte(0x1000)), "SW1 (bit 56) set");
		assertTrue(s2.invalidatedTlb(), "a shared walk breaks the entry first: " + s2.maintenance);
	}
}
