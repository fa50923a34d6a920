package org.ptl.sim.format;

import java.util.Map;

import org.ptl.model.FieldKind;
import org.ptl.model.support.Bits;

/**
 * One field of a compiled descriptor layout: where its bits are, and for an enum field the names of
 * its values.
 *
 * @param name     the field's name
 * @param kind     flag, value, enum, address, fixed, software, reserved or ignored
 * @param high     highest bit
 * @param low      lowest bit
 * @param literals enum literal names by value (empty for other kinds)
 * @param heldLow  for an address field: the lowest output-address bit it holds
 */
public record FieldCodec(String name, FieldKind kind, int high, int low, Map<Long, String> literals, int heldLow) {

	public long mask() {
		return Bits.mask(high, low);
	}

	public long get(long descriptor) {
		return (descriptor & mask()) >>> low;
	}

	public long set(long descriptor, long value) {
		return (descriptor & ~mask()) | ((value << low) & mask());
	}

	/** The value as a reader wants it: the enum name when there is one. */
	public String describe(long value) {
		String literal = literals.get(value);
		if (literal != null) {
			return literal;
		}
		if (kind == FieldKind.ADDRESS) {
			return "0x" + Long.toHexString(value << heldLow);
		}
		return high == low ? Long.toString(value) : "0x" + Long.toHexString(value);
	}

	public String span() {
		return high == low ? "[" + high + "]" : "[" + high + ":" + low + "]";
	}
}
