package org.ptl.sim.protocol;

/**
 * The writes of one step, recorded while every value is read from the state before it and applied
 * in order afterwards: each to the global word (page -1) or to a page's word, at its bits. A step
 * that would take a value past its bound says so instead of writing it.
 */
final class Writes {

	private int count;
	private int[] pages = new int[16];
	private int[] bits = new int[16];
	private int[] widths = new int[16];
	private long[] values = new long[16];
	/** Why the step cannot be taken exactly (a counter past its bound), or null. */
	String pastBound;

	void clear() {
		count = 0;
		pastBound = null;
	}

	void add(int page, int bit, int width, long raw) {
		if (count == pages.length) {
			pages = java.util.Arrays.copyOf(pages, count * 2);
			bits = java.util.Arrays.copyOf(bits, count * 2);
			widths = java.util.Arrays.copyOf(widths, count * 2);
			values = java.util.Arrays.copyOf(values, count * 2);
		}
		pages[count] = page;
		bits[count] = bit;
		widths[count] = width;
		values[count] = raw;
		count++;
	}

	/** The global word after the writes to it. */
	long global(long global) {
		long result = global;
		for (int i = 0; i < count; i++) {
			if (pages[i] < 0) {
				result = ProtocolLayout.set(result, bits[i], widths[i], values[i]);
			}
		}
		return result;
	}

	/** A page's word after the writes to it. */
	long page(int page, long value) {
		long result = value;
		for (int i = 0; i < count; i++) {
			if (pages[i] == page) {
				result = ProtocolLayout.set(result, bits[i], widths[i], values[i]);
			}
		}
		return result;
	}
}
