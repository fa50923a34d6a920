package org.ptl.model.support;

import org.ptl.model.BitRange;

/**
 * Arithmetic on the bit ranges of 64-bit descriptors: bounds, masks, overlap, extraction and
 * insertion, and the {@code [high:low]} notation that every diagnostic and trace uses. A range
 * written {@code [b]} has no low bit set and means the single bit b.
 */
public final class Bits {

	/** The highest bit of a descriptor. */
	public static final int TOP_BIT = 63;

	private Bits() {
	}

	public static int low(BitRange range) {
		return range.isSetLow() ? range.getLow() : range.getHigh();
	}

	public static int high(BitRange range) {
		return range.getHigh();
	}

	public static int width(BitRange range) {
		return high(range) - low(range) + 1;
	}

	/** True when low &lt;= high &lt;= 63, the only ranges masks and overlaps are defined for. */
	public static boolean isWellFormed(BitRange range) {
		return range != null && low(range) >= 0 && low(range) <= high(range) && high(range) <= TOP_BIT;
	}

	public static long mask(BitRange range) {
		return mask(high(range), low(range));
	}

	public static long mask(int high, int low) {
		int width = high - low + 1;
		long ones = width >= 64 ? -1L : (1L << width) - 1;
		return ones << low;
	}

	public static boolean overlaps(BitRange a, BitRange b) {
		return (mask(a) & mask(b)) != 0;
	}

	public static boolean contains(BitRange outer, BitRange inner) {
		return low(outer) <= low(inner) && high(inner) <= high(outer);
	}

	/** The value of the range's bits in a descriptor, shifted down to bit 0. */
	public static long extract(long descriptor, BitRange range) {
		return (descriptor & mask(range)) >>> low(range);
	}

	/** The descriptor with the range's bits replaced by {@code value} (which must fit). */
	public static long insert(long descriptor, BitRange range, long value) {
		long mask = mask(range);
		return (descriptor & ~mask) | ((value << low(range)) & mask);
	}

	/** True when the unsigned value needs no more than {@code width} bits. */
	public static boolean fits(long value, int width) {
		return width >= 64 || (value >>> width) == 0;
	}

	/** {@code [56:55]} or {@code [10]}. */
	public static String text(BitRange range) {
		return "[" + span(high(range), low(range)) + "]";
	}

	/** {@code 56:55} or {@code 10}: the notation used inside brackets and in "bits 56:55". */
	public static String span(int high, int low) {
		return high == low ? Integer.toString(high) : high + ":" + low;
	}

	/** "bit 59" or "bits 56:55, 10": the bits of a mask as a message names them. */
	public static String describe(long mask) {
		boolean single = Long.bitCount(mask) == 1;
		return (single ? "bit " : "bits ") + spans(mask);
	}

	/** The bits of a mask as compact spans, highest first: {@code 56:55, 10}. */
	public static String spans(long mask) {
		StringBuilder out = new StringBuilder();
		int bit = TOP_BIT;
		while (bit >= 0) {
			if ((mask >>> bit & 1) == 0) {
				bit--;
				continue;
			}
			int high = bit;
			while (bit >= 0 && (mask >>> bit & 1) != 0) {
				bit--;
			}
			if (out.length() > 0) {
				out.append(", ");
			}
			out.append(span(high, bit + 1));
		}
		return out.toString();
	}
}
