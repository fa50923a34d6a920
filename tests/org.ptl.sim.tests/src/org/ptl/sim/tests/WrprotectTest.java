package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;
import static org.ptl.sim.tests.Stage2.hex;

import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §7, "wrprotect": clears S2AP W on every valid leaf in the range (whole blocks, even those
 * reaching past it), skips invalid entries and annotations, and returns 0.
 */
class WrprotectTest {

	@Test
	void clearsWriteOnEveryValidLeafAndSkipsTheRest() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, PAGE, 0x80_0000_1000L, "R", "W"), "an R|W page");
		assertEquals(0, s2.library.setOwner(0x2000, PAGE, 1), "an annotation");
		assertEquals(0, s2.map(0x4000, PAGE, 0x80_0000_4000L, "R", "W", "X", "SW2"), "an R|W|X|SW2 page after a gap");
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R", "W"), "an R|W 2 MiB block");

		assertEquals(0, s2.library.wrprotect(0x1000, 0x20_1000 - 0x1000), "wrprotect 0x1000 .. 0x201000");
		assertEquals(hex(0x40_0080_0000_177fL), hex(s2.pte(0x1000)), "R|W page -> R");
		assertEquals(0x4, s2.pte(0x2000), "the annotation is untouched");
		assertEquals(0, s2.pte(0x3000), "the gap stays empty");
		assertEquals(hex(0x200_0080_0000_477fL), hex(s2.pte(0x4000)), "R|W|X|SW2 page -> R|X|SW2");
		assertEquals(hex(0x40_0080_0020_077dL), hex(s2.pte(0x3f_f000)), "the whole block -> R, past the range");
	}

	@Test
	void aRangeWithNothingMappedReturns0() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.library.wrprotect(0, 4 * MiB), "wrprotect of nothing");
	}
}
