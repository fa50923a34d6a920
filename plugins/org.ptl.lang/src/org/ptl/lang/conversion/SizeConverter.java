package org.ptl.lang.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.ptl.model.support.Sizes;

/**
 * A byte size: plain bytes (4096 or 0x1000) or a whole number of K, M, G or T (4K, 2M, 1G), binary
 * units as page-table people mean them.
 */
public class SizeConverter extends AbstractValueConverter<Long> {

	private static final String UNITS = "KMGT";
	private static final NumberConverter HEX = new NumberConverter();

	@Override
	public Long toValue(String string, INode node) {
		if (string == null || string.isEmpty()) {
			throw new ValueConverterException("a size is missing", node, null);
		}
		if (string.startsWith("0x") || string.startsWith("0X")) {
			return HEX.toValue(string, node);
		}
		int unit = UNITS.indexOf(Character.toUpperCase(string.charAt(string.length() - 1)));
		String digits = unit < 0 ? string : string.substring(0, string.length() - 1);
		try {
			long value = Long.parseLong(digits);
			int shift = 10 * (unit + 1);
			if (value != 0 && Long.numberOfLeadingZeros(value) <= shift) {
				throw new ValueConverterException("size " + string + " does not fit in 63 bits", node, null);
			}
			return value << shift;
		} catch (NumberFormatException tooLarge) {
			throw new ValueConverterException("size " + string + " does not fit in 63 bits", node, tooLarge);
		}
	}

	@Override
	public String toString(Long value) {
		if (value == null || value < 0) {
			throw new ValueConverterException("no size to write", null, null);
		}
		return Sizes.text(value);
	}
}
