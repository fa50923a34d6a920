package org.ptl.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ptl.model.BitRange;
import org.ptl.model.PtlFactory;
import org.ptl.model.support.Bits;

/** Bit-range arithmetic: single bits, masks up to all 64 bits, extraction, insertion, notation. */
class BitsTest {

	private static BitRange range(int high, Integer low) {
		BitRange range = PtlFactory.eINSTANCE.createBitRange();
		range.setHigh(high);
		if (low != null) {
			range.setLow(low);
		}
		return range;
	}

	@Test
	void aSingleBitRangeHasItsHighBitAsLowBit() {
		BitRange afBit = range(10, null);
		assertEquals(10, Bits.low(afBit));
		assertEquals(1, Bits.width(afBit));
		assertEquals(1L << 10, Bits.mask(afBit));
		assertEquals("[10]", Bits.text(afBit));
	}

	@Test
	void masksCoverTheWholeRangeIncludingBit63() {
		assertEquals(0x0780_0000_0000_0000L, Bits.mask(range(58, 55)));
		assertEquals(-1L, Bits.mask(range(63, 0)));
		assertEquals(0x8000_0000_0000_0000L, Bits.mask(range(63, null)));
	}

	@Test
	void extractAndInsertTheSoftwareBitsOfAStage2Page() {
		long page = 0xc0_0080_0260_07ffL; // R|W|SW0 page from Linux 6.12 (DOMAIN.md §7)
		BitRange sw = range(58, 55);
		assertEquals(0b0001, Bits.extract(page, sw));
		assertEquals(page & ~(1L << 55) | (1L << 56), Bits.insert(page, sw, 0b0010));
	}

	@Test
	void wellFormedRangesAreOrderedAndInsideTheDescriptor() {
		assertTrue(Bits.isWellFormed(range(5, 2)));
		assertFalse(Bits.isWellFormed(range(2, 5)));
		assertFalse(Bits.isWellFormed(range(64, 60)));
	}

	@Test
	void overlapsAndContainment() {
		assertTrue(Bits.overlaps(range(56, 55), range(57, 56)));
		assertFalse(Bits.overlaps(range(56, 55), range(58, 57)));
		assertTrue(Bits.contains(range(58, 55), range(56, 55)));
		assertFalse(Bits.contains(range(58, 55), range(59, 55)));
	}

	@Test
	void valuesFitTheirWidthAsUnsignedNumbers() {
		assertTrue(Bits.fits(0b11, 2));
		assertFalse(Bits.fits(0b100, 2));
		assertTrue(Bits.fits(-1L, 64));
		assertFalse(Bits.fits(-1L, 63));
	}

	@Test
	void masksAreDescribedAsSpans() {
		assertEquals("bit 59", Bits.describe(1L << 59));
		assertEquals("bits 56:55, 10", Bits.describe(Bits.mask(56, 55) | 1L << 10));
	}
}
