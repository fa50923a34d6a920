package org.ptl.lang.validation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.ptl.lang.util.PtlNames;
import org.ptl.model.Claim;
import org.ptl.model.Encoding;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.ReservedEncoding;
import org.ptl.model.StateEncoding;
import org.ptl.model.support.Bits;

/**
 * The values of an encoding's entries (states and reserved values), the width they must fit, and
 * how messages (and the IDE's hovers and quick fixes) write them: binary, padded to the claim's
 * width, for narrow claims (as the kernel comments write 0b11), hex for wide ones.
 */
public final class EncodingValues {

	private static final int MAX_LISTED_RANGES = 4;

	private EncodingValues() {
	}

	/** State entries and reserved values together, as they appear in the file. */
	public static List<EObject> inDocumentOrder(Encoding encoding) {
		List<EObject> entries = new ArrayList<>(encoding.getEntries());
		entries.addAll(encoding.getReserved());
		entries.sort(PtlNames::documentOrder);
		return entries;
	}

	/** The entry's value, or null for a state declared 'not encoded'. */
	public static Long valueOf(EObject entry) {
		if (entry instanceof StateEncoding state) {
			return state.isNotEncoded() ? null : state.getValue();
		}
		return ((ReservedEncoding) entry).getValue();
	}

	/** The bits an encoding has: its claim's, or its declared width for a side table; 0 when unknown. */
	public static int width(Encoding encoding) {
		if (encoding.isSetWidth()) {
			return encoding.getWidth();
		}
		Claim claim = encoding.getClaim();
		return claim == null || claim.eIsProxy() || !Bits.isWellFormed(claim.getBits()) ? 0 : Bits.width(claim.getBits());
	}

	static EStructuralFeature valueFeature(EObject entry) {
		return entry instanceof StateEncoding ? Literals.STATE_ENCODING__VALUE : Literals.RESERVED_ENCODING__VALUE;
	}

	static String describe(EObject entry) {
		if (entry instanceof StateEncoding state) {
			return "state '" + (state.getState().eIsProxy() ? "?" : state.getState().getName()) + "'";
		}
		return "reserved value";
	}

	public static String text(long value, int width) {
		if (width > 0 && width <= 8) {
			String bits = Long.toBinaryString(value);
			return "0b" + "0".repeat(Math.max(0, width - bits.length())) + bits;
		}
		return "0x" + Long.toHexString(value);
	}

	/** "value 0b11", "values 0b10, 0b11" or "values 0x4..0xff" for the clear bits below 2^width. */
	static String unusedRanges(BitSet used, int width) {
		int limit = 1 << width;
		List<String> ranges = new ArrayList<>();
		int count = 0;
		for (int start = used.nextClearBit(0); start < limit; start = used.nextClearBit(start)) {
			int end = Math.min(used.nextSetBit(start) < 0 ? limit : used.nextSetBit(start), limit) - 1;
			count += end - start + 1;
			ranges.add(end == start ? text(start, width)
					: end == start + 1 ? text(start, width) + ", " + text(end, width)
							: text(start, width) + ".." + text(end, width));
			start = end + 1;
		}
		if (ranges.isEmpty()) {
			return "";
		}
		String listed = String.join(", ", ranges.subList(0, Math.min(MAX_LISTED_RANGES, ranges.size())));
		String more = ranges.size() > MAX_LISTED_RANGES ? " and " + (ranges.size() - MAX_LISTED_RANGES) + " more ranges"
				: "";
		return (count == 1 ? "value " : "values ") + listed + more;
	}
}
