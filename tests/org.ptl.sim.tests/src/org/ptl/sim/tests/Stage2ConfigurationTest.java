package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ptl.sim.tests.Stage2.GiB;
import static org.ptl.sim.tests.Stage2.IPA_LIMIT;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ptl.model.support.Geometry;
import org.ptl.sim.Errno;
import org.ptl.sim.table.Memcache;

/**
 * DOMAIN.md §7, "Configuration": the bundled arm64_s2_4k_40 format is the geometry kvm_get_vtcr()
 * gives a 40-bit IPA (VTCR_EL2 0x802d3558: start level 1, three levels, a root of two concatenated
 * level-1 pages, no FWB, no LPA2), and any operation whose range passes 2^40 returns -ERANGE and
 * changes nothing.
 */
class Stage2ConfigurationTest {

	@Test
	void geometryIsThatOfVtcr0x802d3558() {
		Stage2 s2 = new Stage2();
		Geometry geometry = s2.table().geometry();
		assertEquals(40, geometry.inputBits(), "40-bit IPA");
		assertEquals(12, geometry.pageShift(), "4K granule");
		assertEquals(1, geometry.firstLevel(), "start level 1 (SL0 = 1)");
		assertEquals(3, geometry.levelCount(), "three levels");
		assertEquals(2, s2.table().rootPages(), "a root of 2 concatenated level-1 pages");
		assertEquals(1024, geometry.rootEntries(), "1,024 root entries");
		assertEquals(GiB, geometry.entrySize(1), "each root entry maps 1 GiB");
		assertEquals(2, s2.tablePages(), "a new table is its two root pages");
		assertFalse(s2.table().codec().format().isLpa2(), "no LPA2: SH in bits 9:8, output addresses in 47:12");
	}

	@Test
	void theLastRootEntryIsInTheSecondRootPage() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(IPA_LIMIT - GiB, GiB, 0x80_0000_0000L, "R"), "a 1 GiB block just below 2^40");
		assertEquals(1, s2.level(IPA_LIMIT - GiB), "a level-1 block");
		assertEquals(s2.table().rootPage() + 1, s2.library.leaf(IPA_LIMIT - GiB).page(),
				"IPA 2^40 - 1 GiB is indexed by the second concatenated root page");
		assertEquals(511, s2.library.leaf(IPA_LIMIT - GiB).index(), "as its last entry");
	}

	@Test
	void aRangeCrossesFromTheFirstRootPageIntoTheSecond() {
		Stage2 s2 = new Stage2();
		long boundary = 512 * GiB;
		assertEquals(0, s2.map(boundary - PAGE, 2 * PAGE, 0x80_0000_0000L, "R", "W"), "map across 512 GiB");
		assertEquals(0x40_0080_0000_07ffL, s2.pte(boundary - PAGE), "the page below 512 GiB");
		assertEquals(0x40_0080_0000_17ffL, s2.pte(boundary), "the page at 512 GiB");
		int root = s2.table().rootPage();
		assertTrue(s2.table().codec().isTable(s2.table().read(root, 511), 1), "under the last entry of root page 0");
		assertTrue(s2.table().codec().isTable(s2.table().read(root + 1, 0), 1), "under the first entry of root page 1");
	}

	@Test
	void aRangeEndingExactlyAt2To40IsAccepted() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(IPA_LIMIT - PAGE, PAGE, 0x80_0000_0000L, "R", "W"), "map of the last page");
		assertEquals(0x4000_8000_0007ffL, s2.pte(IPA_LIMIT - PAGE), "the last page is mapped");
	}

	@Test
	void rangesPassing2To40ReturnErangeAndChangeNothing() {
		Stage2 s2 = new Stage2();
		long last = IPA_LIMIT - 2 * MiB;
		assertEquals(0, s2.map(last, 2 * MiB, 0x80_0020_0000L, "R", "W"), "a 2 MiB block just below 2^40");
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "a page at the bottom");
		s2.memcache.set(10);
		List<String> before = s2.snapshot();

		assertEquals(-Errno.ERANGE, s2.map(IPA_LIMIT - PAGE, 2 * PAGE, 0x80_0000_0000L, "R"), "map across 2^40");
		assertEquals(-Errno.ERANGE, s2.map(IPA_LIMIT, PAGE, 0x80_0000_0000L, "R"), "map at 2^40");
		assertEquals(-Errno.ERANGE, s2.map(0, IPA_LIMIT + PAGE, 0x80_0000_0000L, "R"), "map of more than 2^40 bytes");
		assertEquals(-Errno.ERANGE, s2.library.unmap(last, 4 * MiB), "unmap across 2^40");
		assertEquals(-Errno.ERANGE, s2.library.setOwner(last, 4 * MiB, 1), "set_owner across 2^40");
		assertEquals(-Errno.ERANGE, s2.library.wrprotect(last, 4 * MiB), "wrprotect across 2^40");
		assertEquals(-Errno.ERANGE, s2.library.relax(IPA_LIMIT, s2.prot("W")), "relax_perms at 2^40");
		assertEquals(-Errno.ERANGE, s2.library.split(last, 4 * MiB, Memcache.of(10)), "split across 2^40");
		assertEquals(0, s2.library.mkyoung(IPA_LIMIT), "mkyoung at 2^40 makes nothing young and returns 0");
		assertFalse(s2.library.testClearYoung(last, 4 * MiB, true), "test_clear_young across 2^40 finds nothing");

		assertEquals(before, s2.snapshot(), "a refused range changes no entry, table page or memcache page");
	}
}
