package org.ptl.model.support;

/**
 * Byte sizes written the way PTL and kernel people write them: 4K, 2M, 1G, or plain bytes when
 * the size is not a whole number of KiB.
 */
public final class Sizes {

	private static final String UNITS = "KMGTPE";

	private Sizes() {
	}

	public static String text(long bytes) {
		if (bytes == 0) {
			return "0";
		}
		int unit = -1;
		long value = bytes;
		while (unit + 1 < UNITS.length() && value % 1024 == 0) {
			value /= 1024;
			unit++;
		}
		return unit < 0 ? Long.toString(bytes) : value + String.valueOf(UNITS.charAt(unit));
	}
}
