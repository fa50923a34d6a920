package org.ptl.lang.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * A signed level number such as LPA2's start level -1.
 */
public class SignedIntConverter extends AbstractValueConverter<Integer> {

	@Override
	public Integer toValue(String string, INode node) {
		String text = string == null ? "" : string.replaceAll("\\s+", "");
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException notAnInt) {
			throw new ValueConverterException("level " + string + " is not a small whole number", node, notAnInt);
		}
	}

	@Override
	public String toString(Integer value) {
		if (value == null) {
			throw new ValueConverterException("no level to write", null, null);
		}
		return Integer.toString(value);
	}
}
