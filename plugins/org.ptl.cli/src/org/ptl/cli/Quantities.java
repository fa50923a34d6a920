package org.ptl.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Sizes and durations as people write them on a command line: {@code 512M}, {@code 2G},
 * {@code 30s}, {@code 500ms}, {@code 2m}; and numbers as people read them: 1,234,567 and 1.2 M.
 */
final class Quantities {

	private static final Pattern SIZE = Pattern.compile("(\\d+)([KMGT]?)B?", Pattern.CASE_INSENSITIVE);
	private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");

	private Quantities() {
	}

	/** Bytes: 1048576, 512K, 512M, 2G. */
	static final class Size implements ITypeConverter<Long> {
		@Override
		public Long convert(String text) {
			Matcher matcher = SIZE.matcher(text.trim());
			if (!matcher.matches()) {
				throw new TypeConversionException("'" + text + "' is not a size (write 512M or 2G)");
			}
			int shift = switch (matcher.group(2).toUpperCase(Locale.ROOT)) {
			case "K" -> 10;
			case "M" -> 20;
			case "G" -> 30;
			case "T" -> 40;
			default -> 0;
			};
			return Long.parseLong(matcher.group(1)) << shift;
		}
	}

	/** Nanoseconds: 500ms, 30s, 2m, 1h; a bare number is seconds. */
	static final class Duration implements ITypeConverter<Long> {
		@Override
		public Long convert(String text) {
			Matcher matcher = DURATION.matcher(text.trim());
			if (!matcher.matches()) {
				throw new TypeConversionException("'" + text + "' is not a duration (write 500ms, 30s, 2m or 1h)");
			}
			long value = Long.parseLong(matcher.group(1));
			String unit = matcher.group(2) == null ? "s" : matcher.group(2);
			return switch (unit) {
			case "ms" -> value * 1_000_000L;
			case "m" -> value * 60_000_000_000L;
			case "h" -> value * 3_600_000_000_000L;
			default -> value * 1_000_000_000L;
			};
		}
	}
}
