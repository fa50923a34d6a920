package org.ptl.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.ptl.model.Format;
import org.ptl.model.PtlFactory;
import org.ptl.model.support.Geometry;

/** VMSAv8-64 geometry as DOMAIN.md §1.1 tabulates it. */
class GeometryTest {

	private static Format format(long granule, int inputBits, int first, int last) {
		Format format = PtlFactory.eINSTANCE.createFormat();
		format.setGranule(granule);
		format.setInputBits(inputBits);
		format.setFirstLevel(first);
		format.setLastLevel(last);
		return format;
	}

	@Test
	void levelShiftsOfThe4KGranule() {
		Geometry geometry = Geometry.of(format(4096, 48, 0, 3));
		assertEquals(12, geometry.pageShift());
		assertEquals(9, geometry.stride());
		assertEquals(39, geometry.levelShift(0));
		assertEquals(30, geometry.levelShift(1));
		assertEquals(21, geometry.levelShift(2));
		assertEquals(12, geometry.levelShift(3));
		assertEquals(48, geometry.levelShift(-1));
		assertEquals(512, geometry.entriesPerTable());
		assertEquals(1L << 30, geometry.entrySize(1));
	}

	@Test
	void levelShiftsOf16KAnd64KGranules() {
		Geometry g16 = Geometry.of(format(16384, 47, 1, 3));
		assertEquals(36, g16.levelShift(1));
		assertEquals(25, g16.levelShift(2));
		Geometry g64 = Geometry.of(format(65536, 42, 2, 3));
		assertEquals(29, g64.levelShift(2));
		assertEquals(8192, g64.entriesPerTable());
	}

	@Test
	void aFortyBitIpaAtLevelOneNeedsTwoConcatenatedRootPages() {
		Format format = format(4096, 40, 1, 3);
		assertEquals(2, Geometry.of(format).requiredRootPages());
		format.setRootPages(2);
		assertEquals(1024, Geometry.of(format).rootEntries());
		assertEquals(40, Geometry.of(format).resolvableBits());
	}

	@Test
	void aFortyEightBitInputAtLevelZeroFillsOneRootPage() {
		Geometry geometry = Geometry.of(format(4096, 48, 0, 3));
		assertEquals(9, geometry.rootIndexBits());
		assertEquals(1, geometry.requiredRootPages());
		assertEquals(48, geometry.resolvableBits());
	}

	@Test
	void aGranuleThatIsNotAPowerOfTwoHasNoGeometry() {
		assertNull(Geometry.of(format(3000, 48, 0, 3)));
	}

	@Test
	void granulesAreNamedAsKernelPeopleNameThem() {
		assertEquals("4K", Geometry.of(format(4096, 48, 0, 3)).granuleText());
		assertEquals("64K", Geometry.of(format(65536, 42, 2, 3)).granuleText());
	}
}
