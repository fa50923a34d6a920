package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;
import static org.ptl.sim.tests.Stage2.hex;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ptl.sim.table.Memcache;

/**
 * DOMAIN.md §7, "Address rounding": the walk rounds addr (and map rounds phys) down to 4 KiB and
 * ends at PAGE_ALIGN(rounded addr + size), so a 2-byte range across a page boundary covers only the
 * first page, and a size of 0 is a no-op that returns 0 (false for test_clear_young).
 */
class AddressRoundingTest {

	@Test
	void twoBytesAcrossAPageBoundaryMapOnlyTheFirstPage() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1fff, 2, 0x80_0000_1fffL, "R", "W"), "map 0x1fff size 2");
		assertEquals(hex(0x40_0080_0000_17ffL), hex(s2.pte(0x1000)), "the first page, with the PA rounded down");
		assertEquals(0, s2.pte(0x2000), "the second page is not mapped: end = PAGE_ALIGN(0x1000 + 2)");
	}

	@Test
	void theOutputAddressIsRoundedDownToAPage() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x5abc, PAGE, 0x80_0000_7defL, "R", "W"), "map of unaligned addresses");
		assertEquals(hex(0x40_0080_0000_77ffL), hex(s2.pte(0x5000)), "IPA 0x5000 -> PA 0x8000007000");
		assertEquals(0, s2.pte(0x6000), "one page only");
	}

	@Test
	void sizeZeroIsANoOpReturning0() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W"), "a page to work on");
		s2.memcache.set(10);
		List<String> before = s2.snapshot();
		assertEquals(0, s2.map(0x200000, 0, 0x80_0020_0000L, "R"), "map of 0 bytes");
		assertEquals(0, s2.library.unmap(0x1000, 0), "unmap of 0 bytes");
		assertEquals(0, s2.library.setOwner(0x1000, 0, 1), "set_owner of 0 bytes");
		assertEquals(0, s2.library.wrprotect(0x1000, 0), "wrprotect of 0 bytes");
		assertEquals(0, s2.library.split(0x0, 0, Memcache.of(10)), "split of 0 bytes");
		assertFalse(s2.library.testClearYoung(0x1000, 0, true), "test_clear_young of 0 bytes is false");
		assertEquals(before, s2.snapshot(), "no entry, table or memcache page changed");
	}

	@Test
	void sizeZeroOnAnUnalignedAddressIsStillANoOp() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1234, 0, 0x80_0000_1234L, "R"), "map 0x1234 size 0");
		assertEquals(0, s2.pte(0x1000), "nothing is mapped: end = PAGE_ALIGN(0x1000 + 0) = start");
		assertEquals(2, s2.tablePages(), "and no table is allocated");
		assertEquals(0, s2.map(2 * MiB - 1, 1, 0x80_0020_0000L, "R"), "map of 1 byte at 0x1fffff");
		assertEquals(hex(0x40_0080_0020_077fL), hex(s2.pte(0x1ff000)), "maps the page 0x1ff000 to PA 0x8000200000");
	}
}
