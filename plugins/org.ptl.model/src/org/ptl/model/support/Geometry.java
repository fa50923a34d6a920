package org.ptl.model.support;

import org.ptl.model.Format;

/**
 * The translation geometry of a format as VMSAv8-64 defines it (DOMAIN.md §1.1): page shift from
 * the granule, a stride of page shift - 3 input bits per level (8-byte descriptors) unless the
 * format says otherwise, the shift each level resolves, and how many index bits, and so how many
 * concatenated pages, the start level needs for the input size.
 *
 * @param pageShift  log2 of the granule
 * @param stride     input-address bits resolved per level
 * @param firstLevel start level of a walk
 * @param lastLevel  the page level
 * @param inputBits  input-address size
 * @param rootPages  concatenated root pages as declared (1 when the format declares none)
 */
public record Geometry(int pageShift, int stride, int firstLevel, int lastLevel, int inputBits, int rootPages) {

	/** Concatenating more than 16 root tables is not architected. */
	public static final int MAX_ROOT_PAGES = 16;

	/** The format's geometry, or null when its granule is not a power of two. */
	public static Geometry of(Format format) {
		long granule = format.getGranule();
		if (granule <= 0 || Long.bitCount(granule) != 1) {
			return null;
		}
		int pageShift = Long.numberOfTrailingZeros(granule);
		int stride = format.isSetStride() ? format.getStride() : pageShift - 3;
		int rootPages = format.isSetRootPages() ? format.getRootPages() : 1;
		return new Geometry(pageShift, stride, format.getFirstLevel(), format.getLastLevel(), format.getInputBits(),
				rootPages);
	}

	public int levelCount() {
		return lastLevel - firstLevel + 1;
	}

	/** The lowest input-address bit a level's index uses: log2 of what one entry maps there. */
	public int levelShift(int level) {
		return pageShift + stride * (lastLevel - level);
	}

	public long entriesPerTable() {
		return 1L << stride;
	}

	/** Bytes mapped by one entry at the level (a block's size, or a page at the last level). */
	public long entrySize(int level) {
		return 1L << levelShift(level);
	}

	/** Input-address bits the start level must index: the input size above its shift. */
	public int rootIndexBits() {
		return inputBits - levelShift(firstLevel);
	}

	/** Concatenated root pages the input size needs at the start level (kvm_pgd_pages()). */
	public int requiredRootPages() {
		int extra = rootIndexBits() - stride;
		return extra <= 0 ? 1 : extra >= 31 ? Integer.MAX_VALUE : 1 << extra;
	}

	/** Entries of the root table, all concatenated pages together. */
	public long rootEntries() {
		int bits = rootIndexBits();
		return bits <= 0 ? 0 : 1L << Math.min(bits, 62);
	}

	/** The input-address bits the declared levels and root pages resolve at most. */
	public int resolvableBits() {
		return levelShift(firstLevel) + stride + Integer.numberOfTrailingZeros(Integer.highestOneBit(Math.max(1, rootPages)));
	}

	/** The granule written as kernel people write it: 4K, 16K, 64K. */
	public String granuleText() {
		return Sizes.text(1L << pageShift);
	}
}
