package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ptl.model.FaultKind.ACCESS_FLAG;
import static org.ptl.model.FaultKind.ADDRESS_SIZE;
import static org.ptl.model.FaultKind.PERMISSION;
import static org.ptl.model.FaultKind.TRANSLATION;
import static org.ptl.sim.tests.Stage2.GiB;
import static org.ptl.sim.tests.Stage2.IPA_LIMIT;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;

import org.junit.jupiter.api.Test;
import org.ptl.model.AccessKind;
import org.ptl.model.FaultKind;
import org.ptl.model.Format;
import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.translate.Translation;
import org.ptl.sim.translate.Translator;

/**
 * Translating through a stage-2 table as the hardware does (DOMAIN.md §1.2, §1.8): an invalid entry,
 * or a descriptor the level does not accept, is a translation fault at that level; an output
 * address (a leaf's, or a table descriptor's next-level address) at or above the output size is an
 * address size fault; a leaf with AF clear is an access flag fault (before permissions are looked
 * at); an access S2AP or XN does not grant is a permission fault.
 */
class TranslationFaultsTest {

	private static Translation translate(Stage2 s2, long address, AccessKind access) {
		return new Translator(s2.table(), s2.library.operations()).translate(address, access);
	}

	private static Translation fault(FaultKind kind, int level) {
		return Translation.fault(kind, level);
	}

	private static Translation translated(long outputAddress, int level) {
		return Translation.of(outputAddress, level);
	}

	@Test
	void translationFaultAtEachLevel() {
		Stage2 s2 = new Stage2();
		assertEquals(fault(TRANSLATION, 1), translate(s2, 0x1000, AccessKind.READ), "empty root entry");
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "one page");
		assertEquals(fault(TRANSLATION, 2), translate(s2, 0x20_0000, AccessKind.READ), "empty level-2 entry");
		assertEquals(fault(TRANSLATION, 3), translate(s2, 0x2000, AccessKind.READ), "empty level-3 entry");
		assertEquals(0, s2.library.setOwner(0x3000, PAGE, 1), "an annotation");
		assertEquals(fault(TRANSLATION, 3), translate(s2, 0x3000, AccessKind.READ), "owner annotation 0x4");
		assertEquals(fault(TRANSLATION, 1), translate(s2, IPA_LIMIT, AccessKind.READ), "IPA 2^40");
	}

	@Test
	void aBlockDescriptorAtLevel3IsATranslationFault() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "one page");
		PgtableLibrary.Leaf leaf = s2.library.leaf(0x1000);
		s2.pool().write(leaf.page(), leaf.index(), leaf.descriptor() & ~0b10);
		assertEquals(fault(TRANSLATION, 3), translate(s2, 0x1000, AccessKind.READ),
				"bits 1:0 = 0b01 is reserved at level 3");
	}

	@Test
	void successfulTranslations() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "a page");
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_4120_0000L, "R", "W", "X"), "a 2 MiB block");
		assertEquals(0, s2.map(GiB, GiB, 0x80_4000_0000L, "R", "W"), "a 1 GiB block");
		assertEquals(translated(0x8000001234L, 3), translate(s2, 0x1234, AccessKind.READ), "page");
		assertEquals(translated(0x80413fffffL, 2), translate(s2, 0x3f_ffff, AccessKind.EXEC), "2 MiB block");
		assertEquals(translated(0x807fffffffL, 1), translate(s2, 2 * GiB - 1, AccessKind.WRITE), "1 GiB block");
	}

	@Test
	void permissionFaults() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "an R page");
		assertEquals(0, s2.map(0x2000, PAGE, 0x80_0000_2000L, "W"), "a W page");
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R", "W"), "an R|W 2 MiB block (XN)");
		assertEquals(fault(PERMISSION, 3), translate(s2, 0x1000, AccessKind.WRITE), "write to R");
		assertEquals(fault(PERMISSION, 3), translate(s2, 0x1000, AccessKind.EXEC), "exec of XN");
		assertEquals(fault(PERMISSION, 3), translate(s2, 0x2000, AccessKind.READ), "read of W only");
		assertEquals(translated(0x8000002000L, 3), translate(s2, 0x2000, AccessKind.WRITE), "write to W");
		assertEquals(fault(PERMISSION, 2), translate(s2, 0x30_0000, AccessKind.EXEC), "exec of an XN block");
		assertEquals(0, s2.library.relax(0x30_0000, s2.prot("X")), "relax X");
		assertEquals(translated(0x8000300000L, 2), translate(s2, 0x30_0000, AccessKind.EXEC), "now executable");
	}

	@Test
	void accessFlagFaultsComeBeforePermissionFaults() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "an R page");
		s2.library.testClearYoung(0x1000, PAGE, true);
		assertEquals(fault(ACCESS_FLAG, 3), translate(s2, 0x1000, AccessKind.READ), "AF = 0");
		assertEquals(fault(ACCESS_FLAG, 3), translate(s2, 0x1000, AccessKind.WRITE),
				"AF = 0 and no W: the access flag fault first");
		s2.library.mkyoung(0x1000);
		assertEquals(translated(0x8000001000L, 3), translate(s2, 0x1000, AccessKind.READ), "young again");
	}

	@Test
	void addressSizeFaultForAnOutputAddressAtOrAboveTheOutputSize() {
		Format pa40 = Models.load(Models.fixture("pa40.ptl")).named(Format.class, "arm64_s2_4k_40_pa40");
		Stage2 s2 = new Stage2(pa40, 0);
		assertEquals(0, s2.map(0x1000, PAGE, 0xff_ffff_f000L, "R"), "a page at the last 4 KiB below 2^40");
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0xff_ffe0_0000L, "R"), "a block at the last 2 MiB below 2^40");
		assertEquals(translated(0xfffffff123L, 3), translate(s2, 0x1123, AccessKind.READ), "just below 2^40");
		assertEquals(translated(0xffffffffffL, 2), translate(s2, 0x3f_ffff, AccessKind.READ), "just below 2^40");

		// The library writes no such descriptor (a PA past the PA size is no PA to it), so write them.
		PgtableLibrary.Leaf page = s2.library.leaf(0x1000);
		s2.pool().write(page.page(), page.index(), page.descriptor() + 0x1000);
		assertEquals(fault(ADDRESS_SIZE, 3), translate(s2, 0x1000, AccessKind.READ), "OA 2^40");
		PgtableLibrary.Leaf block = s2.library.leaf(0x20_0000);
		s2.pool().write(block.page(), block.index(), block.descriptor() | 0x8000_0000_0000L);
		assertEquals(fault(ADDRESS_SIZE, 2), translate(s2, 0x20_0000, AccessKind.READ), "OA bit 47");
	}

	@Test
	void addressSizeFaultForATableAddressAtOrAboveTheOutputSize() {
		Format pa40 = Models.load(Models.fixture("pa40.ptl")).named(Format.class, "arm64_s2_4k_40_pa40");
		Stage2 s2 = new Stage2(pa40, 0);
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "a page, under a level-2 and a level-3 table");
		long level1 = s2.table().read(s2.table().rootPage(), 0);
		int level2Page = s2.table().childPage(level1, 1);
		long level2 = s2.table().read(level2Page, 0);

		// QEMU checks a table descriptor's next-level address like a leaf's output address.
		s2.pool().write(level2Page, 0, level2 | 1L << 40);
		assertEquals(fault(ADDRESS_SIZE, 2), translate(s2, 0x1000, AccessKind.READ),
				"level-2 entry pointing at 2^40 + its table");
		s2.pool().write(s2.table().rootPage(), 0, level1 | 1L << 47);
		assertEquals(fault(ADDRESS_SIZE, 1), translate(s2, 0x1000, AccessKind.READ),
				"level-1 entry pointing at 2^47 + its table");
	}
}
