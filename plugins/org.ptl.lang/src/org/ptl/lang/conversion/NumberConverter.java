package org.ptl.lang.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * An unsigned 64-bit number written in decimal, hex (0x1f) or binary (0b0011); underscores may
 * group the digits of hex and binary numbers. Values past 2^64 - 1 are an error, not a wrap.
 */
public class NumberConverter extends AbstractValueConverter<Long> {

	@Override
	public Long toValue(String string, INode node) {
		if (string == null || string.isEmpty()) {
			throw new ValueConverterException("a number is missing", node, null);
		}
		String text = string.replace("_", "");
		try {
			if (text.startsWith("0x") || text.startsWith("0X")) {
				return Long.parseUnsignedLong(text.substring(2), 16);
			}
			if (text.startsWith("0b") || text.startsWith("0B")) {
				return Long.parseUnsignedLong(text.substring(2), 2);
			}
			return Long.parseUnsignedLong(text);
		} catch (NumberFormatException tooLarge) {
			throw new ValueConverterException("number " + string + " does not fit in 64 bits", node, tooLarge);
		}
	}

	@Override
	public String toString(Long value) {
		if (value == null) {
			throw new ValueConverterException("no number to write", null, null);
		}
		return value < 0 || value > 0xffff ? "0x" + Long.toHexString(value) : Long.toString(value);
	}
}
