package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ptl.sim.tests.Stage2.GiB;
import static org.ptl.sim.tests.Stage2.MiB;
import static org.ptl.sim.tests.Stage2.PAGE;
import static org.ptl.sim.tests.Stage2.hex;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ptl.sim.Errno;
import org.ptl.sim.table.Memcache;

/**
 * DOMAIN.md §7, "split": a 1 GiB block with at least 513 cache pages becomes 512 × 512 pages; with
 * fewer, a table of 512 2 MiB blocks (one page), whose blocks are then split one page each while the
 * cache lasts, -ENOMEM if blocks remain. Pages and invalid entries are left alone (0). The new
 * leaves keep the block's permissions and SW bits, lose DEVICE and NORMAL_NC, and have AF set.
 */
class SplitTest {

	@Test
	void a1GiBBlockWith513CachePagesBecomes512By512Pages() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(GiB, GiB, 0x80_4000_0000L, "R", "W", "SW0"), "an R|W|SW0 1 GiB block");
		Memcache cache = Memcache.of(513);
		assertEquals(0, s2.library.split(GiB, GiB, cache), "split");
		assertEquals(0, cache.pages(), "one level-2 and 512 level-3 tables");
		assertEquals(512 * 512, s2.leaves(GiB, GiB, 3), "512 x 512 pages");
		assertEquals(0, s2.leaves(GiB, GiB, 2), "no 2 MiB block left");
		assertEquals(hex(0xc0_0080_4000_07ffL), hex(s2.pte(GiB)), "first page");
		assertEquals(hex(0xc0_0080_7fff_f7ffL), hex(s2.pte(2 * GiB - PAGE)), "last page");
	}

	@Test
	void withFewerPagesItSplits2MiBBlocksUntilTheCacheIsEmpty() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(GiB, GiB, 0x80_4000_0000L, "R", "W"), "a 1 GiB block");
		Memcache cache = Memcache.of(3);
		assertEquals(-Errno.ENOMEM, s2.library.split(GiB, GiB, cache), "3 pages: 1 + 2 are not enough");
		assertEquals(0, cache.pages(), "the cache is used up");
		assertEquals(2 * 512, s2.leaves(GiB, GiB, 3), "the first two 2 MiB blocks became pages");
		assertEquals(510, s2.leaves(GiB, GiB, 2), "510 2 MiB blocks remain");
		assertEquals(hex(0x40_0080_4000_07ffL), hex(s2.pte(GiB)), "a page of the first 2 MiB");
		assertEquals(hex(0x40_0080_4040_07fdL), hex(s2.pte(GiB + 4 * MiB)), "the third 2 MiB is a block");
	}

	@Test
	void withOnePageA1GiBBlockBecomes512BlocksAndEnomem() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(GiB, GiB, 0x80_4000_0000L, "R", "W"), "a 1 GiB block");
		assertEquals(-Errno.ENOMEM, s2.library.split(GiB, GiB, Memcache.of(1)), "blocks remain");
		assertEquals(512, s2.leaves(GiB, GiB, 2), "512 2 MiB blocks");
		assertEquals(2 + 1, s2.tablePages(), "root + the new level-2 table");
	}

	@Test
	void pagesAndInvalidEntriesAreLeftAlone() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x1000, 2 * PAGE, 0x80_0000_1000L, "R", "W"), "two pages");
		assertEquals(0, s2.library.setOwner(0x4000, PAGE, 1), "an annotation");
		List<String> before = s2.snapshot();
		Memcache cache = Memcache.of(10);
		assertEquals(0, s2.library.split(0, 4 * MiB, cache), "split pages, an annotation and empty entries");
		assertEquals(0, s2.library.split(GiB, GiB, Memcache.none()), "split an empty 1 GiB without a cache");
		assertEquals(10, cache.pages(), "no cache page taken");
		assertEquals(before, s2.snapshot(), "nothing changed");
	}

	@Test
	void childrenLoseTheMemoryTypeAndAreYoung() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_4120_0000L, "R", "DEVICE"), "an R|DEVICE 2 MiB block");
		assertEquals(hex(0x40_0080_4120_0745L), hex(s2.pte(0x20_0000)), "as in DOMAIN.md §7");
		s2.library.testClearYoung(0x20_0000, 2 * MiB, true);
		assertEquals(hex(0x40_0080_4120_0345L), hex(s2.pte(0x20_0000)), "made old");
		assertEquals(0, s2.library.split(0x20_0000, 2 * MiB, Memcache.of(1)), "split");
		assertEquals(hex(0x40_0080_4120_077fL), hex(s2.pte(0x20_0000)), "Normal (MemAttr 0xf), AF set, R, XN");
		assertEquals(hex(0x40_0080_413f_f77fL), hex(s2.pte(0x3f_f000)), "the last page too");

		assertEquals(0, s2.map(0x40_0000, 2 * MiB, 0x80_0040_0000L, "R", "W", "NORMAL_NC"), "an R|W|NC 2 MiB block");
		assertEquals(0, s2.library.split(0x40_0000, 2 * MiB, Memcache.of(1)), "split");
		assertEquals(hex(0x40_0080_0040_07ffL), hex(s2.pte(0x40_0000)), "Normal, R|W");
	}

	@Test
	void childrenKeepPermissionsAndSoftwareBits() {
		Stage2 s2 = new Stage2();
		assertEquals(0, s2.map(0x20_0000, 2 * MiB, 0x80_0020_0000L, "R", "W", "X", "SW1", "SW3"),
				"R|W|X|SW1|SW3 block");
		assertEquals(hex(0x500_0080_0020_07fdL), hex(s2.pte(0x20_0000)), "SW1 and SW3 are bits 56 and 58");
		assertEquals(0, s2.library.split(0x20_0000, 2 * MiB, Memcache.of(1)), "split");
		assertEquals(hex(0x500_0080_0020_07ffL), hex(s2.pte(0x20_0000)), "the same as pages");
		assertEquals(0, s2.library.wrprotect(0x40_0000 - PAGE, PAGE), "wrprotect the last page only");
		assertEquals(hex(0x500_0080_003f_f77fL), hex(s2.pte(0x3f_f000)), "which is now its own leaf");
	}
}
