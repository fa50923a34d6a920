package org.ptl.ui.decoder;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.support.Bits;
import org.ptl.sim.decode.Decoding;

/**
 * One row of the decoder view's table: a reading's heading (levels, kind, descriptor), one of its
 * fields (editable), a software-bit claim with the states it encodes, or a warning.
 *
 * @param kind    what the row shows
 * @param name    the field's or claim's name, or the heading
 * @param bits    [high:low], or empty
 * @param value   the raw value as shown
 * @param meaning enum name, address, states, or the warning
 * @param high    the field's top bit (fields only)
 * @param low     the field's bottom bit (fields only)
 */
public record DecodedRow(Kind kind, String name, String bits, String value, String meaning, int high, int low) {

	public enum Kind {
		READING, FIELD, CLAIM, WARNING
	}

	/** The rows of every reading of a value. */
	static List<DecodedRow> of(List<Decoding> readings) {
		List<DecodedRow> rows = new ArrayList<>();
		for (Decoding reading : readings) {
			String levels = reading.levels().size() == 1 ? "level " + reading.levels().get(0)
					: "levels " + reading.levels().get(0) + ".." + reading.levels().get(reading.levels().size() - 1);
			String what = reading.layout().equals("-") ? "reserved (no descriptor matches)"
					: reading.kind() + " descriptor '" + reading.layout() + "'";
			rows.add(new DecodedRow(Kind.READING, levels, "", "", what, -1, -1));
			for (Decoding.FieldValue field : reading.fields()) {
				rows.add(new DecodedRow(Kind.FIELD, field.name(), field.span(), show(field.value()), field.meaning(),
						field.high(), field.low()));
			}
			for (Decoding.ClaimValue claim : reading.claims()) {
				rows.add(new DecodedRow(Kind.CLAIM, "claim " + claim.claim(), claim.span(), show(claim.value()),
						String.join(", ", claim.states().stream().map(Object::toString).toList()), -1, -1));
			}
			reading.warnings().forEach(warning -> rows.add(new DecodedRow(Kind.WARNING, "warning", "", "", warning, -1, -1)));
		}
		return rows;
	}

	/** The value with this field set to a new one (extra high bits of the new value are dropped). */
	public long with(long value, long field) {
		long mask = Bits.mask(high, low);
		return (value & ~mask) | ((field << low) & mask);
	}

	private static String show(long value) {
		return value > 9 ? "0x" + Long.toHexString(value) : Long.toString(value);
	}
}
