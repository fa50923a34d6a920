package org.ptl.cli;

import java.io.PrintWriter;
import java.util.List;

import org.ptl.sim.decode.Decoding;

/** Prints decoded descriptors for people: one block per reading, fields in columns. */
final class DecodingText {

	private DecodingText() {
	}

	static void print(PrintWriter out, String format, long value, List<Decoding> readings) {
		for (Decoding reading : readings) {
			out.printf("0x%016x as %s at %s: %s%n", value, format, levels(reading.levels()),
					reading.layout().equals("-") ? "reserved (no descriptor matches)"
							: reading.kind() + " descriptor '" + reading.layout() + "'");
			int width = reading.fields().stream().mapToInt(f -> f.name().length()).max().orElse(0);
			for (Decoding.FieldValue field : reading.fields()) {
				out.printf("  %-" + width + "s %-8s %s%n", field.name(), field.span(),
						field.meaning() + (field.meaning().equals(Long.toString(field.value())) ? ""
								: " (" + (field.value() > 9 ? "0x" + Long.toHexString(field.value()) : field.value()) + ")"));
			}
			for (Decoding.ClaimValue claim : reading.claims()) {
				out.println("  claim " + claim.claim() + " " + claim.span() + " = " + claim.value()
						+ (claim.states().isEmpty() ? "" : ": " + String.join(", ", claim.states().stream().map(Object::toString).toList())));
			}
			reading.warnings().forEach(warning -> out.println("  warning: " + warning));
		}
	}

	private static String levels(List<Integer> levels) {
		if (levels.size() == 1) {
			return "level " + levels.get(0);
		}
		return "levels " + levels.get(0) + ".." + levels.get(levels.size() - 1);
	}
}
