package org.ptl.sim.decode;

import java.util.List;

/**
 * A 64-bit value read as a descriptor of a format at some levels: its kind and layout, every field
 * with its value and meaning, the software-bit claims and the ownership states they encode, and
 * what looks wrong.
 *
 * @param levels   the levels at which the value has this reading
 * @param kind     invalid, table, block or page (or "reserved")
 * @param layout   the descriptor layout's name
 * @param fields   the fields, in declaration order
 * @param claims   the claims made on its software fields
 * @param warnings bits in reserved fields or in no field, reserved encodings
 */
public record Decoding(List<Integer> levels, String kind, String layout, List<FieldValue> fields, List<ClaimValue> claims,
		List<String> warnings) {

	/**
	 * One field: its bits, raw value and meaning (enum name, address).
	 *
	 * @param name    field name
	 * @param span    [high:low]
	 * @param high    its top bit
	 * @param low     its bottom bit
	 * @param kind    field kind
	 * @param value   raw value
	 * @param meaning the value as a reader wants it
	 */
	public record FieldValue(String name, String span, int high, int low, String kind, long value, String meaning) {
	}

	/**
	 * One claim: its bits and value, and the state it stands for in each encoding of it.
	 *
	 * @param claim  claimant.claim
	 * @param span   [high:low]
	 * @param value  raw value of the claimed bits
	 * @param states the state in each encoding of the claim that gives the value one
	 */
	public record ClaimValue(String claim, String span, long value, List<EncodedState> states) {
	}

	/**
	 * The state a claim's value stands for in one encoding.
	 *
	 * @param state    the state's name, "reserved", or null when the encoding gives the value no state
	 * @param encoding the encoding's name
	 */
	public record EncodedState(String state, String encoding) {

		public static final String RESERVED = "reserved";

		@Override
		public String toString() {
			return state == null ? "no state of " + encoding : state + " in " + encoding;
		}
	}
}
