package org.ptl.lang.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

/**
 * Value converters for PTL's numbers: unsigned 64-bit values in decimal, hex ({@code 0x}) or binary
 * ({@code 0b}), byte sizes with a unit ({@code 4K}, {@code 2M}), and signed levels ({@code -1}).
 */
public class PtlValueConverters extends DefaultTerminalConverters {

	private final IValueConverter<Long> number = new NumberConverter();
	private final IValueConverter<Long> size = new SizeConverter();
	private final IValueConverter<Integer> signedInt = new SignedIntConverter();

	/** 'memcache none': no cache at all, so that table allocations fail with -ENOMEM. */
	private static final IValueConverter<Integer> NO_PAGES = new IValueConverter<>() {
		@Override
		public Integer toValue(String string, org.eclipse.xtext.nodemodel.INode node) {
			return -1;
		}

		@Override
		public String toString(Integer value) {
			return "none";
		}
	};

	@ValueConverter(rule = "Number")
	public IValueConverter<Long> number() {
		return number;
	}

	@ValueConverter(rule = "ByteSize")
	public IValueConverter<Long> size() {
		return size;
	}

	@ValueConverter(rule = "NoPages")
	public IValueConverter<Integer> noPages() {
		return NO_PAGES;
	}

	@ValueConverter(rule = "SignedInt")
	public IValueConverter<Integer> signedInt() {
		return signedInt;
	}
}
