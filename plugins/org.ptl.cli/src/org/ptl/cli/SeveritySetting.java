package org.ptl.cli;

import java.util.Locale;

import org.ptl.lang.validation.PtlCheck;
import org.ptl.model.SeverityLevel;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --severity CHECK=LEVEL} setting from the command line, such as
 * {@code encoding.unused=error}; it overrides the file's directives and the check's default.
 *
 * @param check the adjustable check
 * @param level error, warning, info or ignore
 */
record SeveritySetting(PtlCheck check, SeverityLevel level) {

	/** Parses and validates the setting, so that a typo is a usage error (exit 2). */
	static final class Converter implements ITypeConverter<SeveritySetting> {

		@Override
		public SeveritySetting convert(String value) {
			int equals = value.indexOf('=');
			if (equals < 0) {
				throw new TypeConversionException("'" + value + "' is not CHECK=LEVEL (for example encoding.unused=error)");
			}
			String id = value.substring(0, equals);
			PtlCheck check = PtlCheck.byId(id).orElseThrow(
					() -> new TypeConversionException("no check is called '" + id + "' ('ptl checks' lists them)"));
			if (!check.adjustable()) {
				throw new TypeConversionException("check '" + id + "' is always an error");
			}
			SeverityLevel level = SeverityLevel.get(value.substring(equals + 1).toLowerCase(Locale.ROOT));
			if (level == null) {
				throw new TypeConversionException(
						"'" + value.substring(equals + 1) + "' is not a level: use error, warning, info or ignore");
			}
			return new SeveritySetting(check, level);
		}
	}
}
