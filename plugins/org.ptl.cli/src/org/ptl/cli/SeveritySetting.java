package org.ptl.cli;

import org.ptl.lang.validation.SeverityPolicy;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --severity CHECK=LEVEL} option, such as {@code encoding.unused=error}, with
 * {@link SeverityPolicy.Setting#parse}, so that a typo is a usage error (exit 2) worded as the
 * language server words it.
 */
final class SeveritySetting implements ITypeConverter<SeverityPolicy.Setting> {

	@Override
	public SeverityPolicy.Setting convert(String value) {
		try {
			return SeverityPolicy.Setting.parse(value);
		} catch (IllegalArgumentException wrong) {
			throw new TypeConversionException(wrong.getMessage());
		}
	}
}
