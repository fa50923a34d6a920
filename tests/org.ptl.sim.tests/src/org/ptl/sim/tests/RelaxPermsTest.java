package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ptl.sim.tests.Stage2.IPA_LIMIT;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;
import static org.ptl.sim.tests.Stage2.hex;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ptl.sim.Errno;

/**
 * DOMAIN.md §7, "relax_perms": only adds permissions (S2AP R and W, clears XN for X) to the whole
 * leaf containing the address; prot 0 is a no-op returning 0, DEVICE and NORMAL_NC are ignored, any
 * SW bit gives -EINVAL before walking, and an invalid or annotated entry gives -EAGAIN.
 */
class RelaxPermsTest {

	@Test
	void addsPermissionsOneByOne() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "an R page");
		assertEquals(0, s2.library.relax(0x1000, s2.prot("W")), "relax W");
		assertEquals(hex(0x40_0080_0000_17ffL), hex(s2.pte(0x1000)), "R|W, still XN");
		assertEquals(0, s2.library.relax(0x1000, s2.prot("X")), "relax X");
		assertEquals(hex(0x80_0000_17ffL), hex(s2.pte(0x1000)), "R|W|X: XN (bit 54) cleared");
	}

	@Test
	void neverTakesAPermissionAway() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W", "X"), "an R|W|X page");
		assertEquals(0, s2.library.relax(0x1000, s2.prot("R")), "relax R alone");
		assertEquals(hex(0x80_0000_17ffL), hex(s2.pte(0x1000)), "still R|W|X");
		assertEquals(0, s2.map(0x2000, PAGE, 0x80_0000_2000L, "W"), "a W-only page");
		assertEquals(0, s2.library.relax(0x2000, s2.prot("R")), "relax R");
		assertEquals(hex(0x40_0080_0000_27ffL), hex(s2.pte(0x2000)), "R|W: R added, W kept");
	}

	@Test
	void changesTheWholeLeafContainingTheAddress() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R"), "an R 2 MiB block");
		assertEquals(0, s2.library.relax(0x3f_f123, s2.prot("W")), "relax W at its last byte");
		assertEquals(hex(0x40_0080_0020_07fdL), hex(s2.pte(0x20_0000)), "the whole block is R|W");
		assertEquals(2, s2.level(0x20_0000), "and still a block");
	}

	@Test
	void prot0IsANoOpReturning0() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "an R page");
		assertEquals(0, s2.library.relax(0x1000, 0), "relax 0");
		assertEquals(hex(0x40_0080_0000_177fL), hex(s2.pte(0x1000)), "unchanged");
	}

	@Test
	void deviceAndNormalNcAreIgnored() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "a normal R page");
		assertEquals(0, s2.library.relax(0x1000, s2.prot("W", "DEVICE")), "relax W | DEVICE");
		assertEquals(0, s2.library.relax(0x1000, s2.prot("NORMAL_NC")), "relax NORMAL_NC");
		assertEquals(0, s2.library.relax(0x1000, s2.prot("X", "DEVICE")), "relax X | DEVICE: no -EINVAL here");
		assertEquals(hex(0x80_0000_17ffL), hex(s2.pte(0x1000)), "R|W|X, still Normal memory (MemAttr 0xf)");
	}

	@Test
	void aSoftwareBitIsRefusedBeforeWalking() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R"), "an R page");
		List<String> before = s2.snapshot();
		for (String sw : List.of("SW0", "SW1", "SW2", "SW3")) {
			assertEquals(-Errno.EINVAL, s2.library.relax(0x1000, s2.prot("W", sw)), "relax W | " + sw);
			assertEquals(-Errno.EINVAL, s2.library.relax(0x5000, s2.prot(sw)),
					sw + " on an unmapped page: not -EAGAIN");
			assertEquals(-Errno.EINVAL, s2.library.relax(IPA_LIMIT, s2.prot(sw)), sw + " past 2^40: not -ERANGE");
		}
		assertEquals(before, s2.snapshot(), "W was not added either");
	}

	@Test
	void anInvalidOrAnnotatedEntryGivesEagain() {
		Stage2 s2 = new Stage2();
		assertEquals(-Errno.EAGAIN, s2.library.relax(0x1000, s2.prot("W")), "nothing mapped");
		assertEquals(0, s2.library.setOwner(0x2000, PAGE, 1), "an annotation");
		assertEquals(-Errno.EAGAIN, s2.library.relax(0x2000, s2.prot("R", "W")), "annotated");
		assertEquals(0x4, s2.pte(0x2000), "the annotation is kept");
		assertEquals(-Errno.EAGAIN, s2.library.relax(0x3000, 0), "prot 0 on an empty entry of an existing table");
	}
}
