package org.ptl.gen.c;

import org.ptl.model.Claim;
import org.ptl.model.ClaimSet;
import org.ptl.model.Descriptor;
import org.ptl.model.Encoding;
import org.ptl.model.EnumLiteral;
import org.ptl.model.Field;
import org.ptl.model.Format;
import org.ptl.model.State;

/**
 * The C names the header gives each kind of element, in one place so that the header and its
 * self-test cannot disagree: a field's macros are FORMAT_DESCRIPTOR_FIELD_{SHIFT,WIDTH,MASK}, a
 * claim's CLAIMANT_CLAIM_{SHIFT,WIDTH,MASK}, an encoding's enum ENCODING_state with a constant per
 * state and ENCODING_INVALID, and its helpers ENCODING_encode and ENCODING_decode.
 */
public final class CSymbols {

	private CSymbols() {
	}

	public static String format(Format format) {
		return CNames.upper(format.getName());
	}

	/** The format's descriptors are drawn under the format's own prefix, even when it takes them from another. */
	public static String field(Format format, Descriptor descriptor, Field field) {
		return CNames.upper(format.getName(), descriptor.getName(), field.getName());
	}

	public static String literal(Format format, Descriptor descriptor, Field field, EnumLiteral literal) {
		return CNames.upper(format.getName(), descriptor.getName(), field.getName(), literal.getName());
	}

	public static String claim(Claim claim) {
		ClaimSet set = (ClaimSet) claim.eContainer();
		return CNames.upper(set.getName(), claim.getName());
	}

	public static String encoding(Encoding encoding) {
		return CNames.upper(encoding.getName());
	}

	/**
	 * The prefix of the SHIFT, WIDTH and MASK macros an encoding's helpers use: its claim's (one
	 * claim, one set of macros, whichever header defines them), or its own for a side table.
	 */
	public static String bits(Encoding encoding) {
		org.ptl.model.Claim claim = new org.ptl.gen.EncodingTable(encoding).claim();
		return claim != null ? claim(claim) : encoding(encoding);
	}

	public static String stateType(Encoding encoding) {
		return "enum " + CNames.lower(encoding.getName(), "state");
	}

	public static String state(Encoding encoding, State state) {
		return CNames.upper(encoding.getName(), state.getName());
	}

	public static String invalid(Encoding encoding) {
		return CNames.upper(encoding.getName(), "INVALID");
	}

	public static String encode(Encoding encoding) {
		return CNames.lower(encoding.getName(), "encode");
	}

	public static String decode(Encoding encoding) {
		return CNames.lower(encoding.getName(), "decode");
	}

	/** The include guard of a header. */
	public static String guard(String headerName) {
		return CNames.upper("ptl", headerName.replace('.', '_'));
	}
}
