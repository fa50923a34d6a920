package org.ptl.lang.validation;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.ptl.lang.util.PtlNames;
import org.ptl.model.Encoding;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.ReservedEncoding;
import org.ptl.model.StateEncoding;
import org.ptl.model.support.Bits;

/**
 * Checks how an encoding maps an ownership model's states onto the bits of a claim: every value fits
 * the claim, no two states share a value, every value of the claim is either used or declared
 * reserved, and every state is either encoded or declared 'not encoded' (DOMAIN.md §2.2, §2.9).
 */
public class EncodingValidator extends PtlCheckValidator {

	/** Claims wider than this are not enumerated value by value. */
	private static final int MAX_ENUMERATED_WIDTH = 20;

	@Check
	public void valuesFitTheClaim(Encoding encoding) {
		int width = EncodingValues.width(encoding);
		if (width <= 0) {
			return;
		}
		for (StateEncoding entry : encoding.getEntries()) {
			if (!entry.isNotEncoded() && !Bits.fits(entry.getValue(), width)) {
				report(PtlCheck.ENCODING_TOO_WIDE, tooWide(EncodingValues.text(entry.getValue(), width), encoding, width),
						entry, Literals.STATE_ENCODING__VALUE);
			}
		}
		for (ReservedEncoding reserved : encoding.getReserved()) {
			if (!Bits.fits(reserved.getValue(), width)) {
				report(PtlCheck.ENCODING_TOO_WIDE, tooWide(EncodingValues.text(reserved.getValue(), width), encoding,
						width), reserved, Literals.RESERVED_ENCODING__VALUE);
			}
		}
	}

	private static String tooWide(String value, Encoding encoding, int width) {
		String holder = encoding.isSetWidth() ? "encoding " + quote(encoding.getName()) : holderText(encoding);
		return "value " + value + " does not fit " + holder + " (" + plural(width, "bit") + ")";
	}

	@Check
	public void valuesAreDistinct(Encoding encoding) {
		int width = EncodingValues.width(encoding);
		Map<Long, EObject> holders = new HashMap<>();
		Set<org.ptl.model.State> encodedStates = new HashSet<>();
		for (EObject entry : EncodingValues.inDocumentOrder(encoding)) {
			if (entry instanceof StateEncoding state && !state.getState().eIsProxy()
					&& !encodedStates.add(state.getState())) {
				report(PtlCheck.ENCODING_DUPLICATE, "state " + quote(state.getState().getName())
						+ " is encoded twice in " + quote(encoding.getName()), entry, Literals.STATE_ENCODING__STATE);
				continue;
			}
			Long value = EncodingValues.valueOf(entry);
			if (value == null) {
				continue;
			}
			EObject first = holders.putIfAbsent(value, entry);
			if (first != null) {
				report(PtlCheck.ENCODING_DUPLICATE, EncodingValues.describe(entry) + " and "
						+ EncodingValues.describe(first) + " share the encoding " + EncodingValues.text(value, width)
						+ " in " + quote(encoding.getName()), entry, EncodingValues.valueFeature(entry));
			}
		}
	}

	@Check
	public void everyValueIsUsedOrReserved(Encoding encoding) {
		int width = EncodingValues.width(encoding);
		if (width <= 0 || width > MAX_ENUMERATED_WIDTH) {
			return;
		}
		BitSet used = new BitSet(1 << width);
		for (EObject entry : EncodingValues.inDocumentOrder(encoding)) {
			Long value = EncodingValues.valueOf(entry);
			if (value != null && Bits.fits(value, width)) {
				used.set(value.intValue());
			}
		}
		String unused = EncodingValues.unusedRanges(used, width);
		if (!unused.isEmpty()) {
			report(PtlCheck.ENCODING_UNUSED, "encoding " + quote(encoding.getName()) + " leaves " + unused + " of "
					+ holderText(encoding) + " unused: assign it to a state or declare it 'reserved'", encoding,
					Literals.NAMED__NAME);
		}
	}

	@Check
	public void everyStateIsAccountedFor(Encoding encoding) {
		if (encoding.getModel() == null || encoding.getModel().eIsProxy()) {
			return;
		}
		Set<org.ptl.model.State> mentioned = new HashSet<>();
		encoding.getEntries().forEach(entry -> mentioned.add(entry.getState()));
		List<org.ptl.model.State> missing = encoding.getModel().getStates().stream().filter(s -> s.getName() != null && !mentioned.contains(s)).toList();
		for (org.ptl.model.State state : missing) {
			// the state's name as data: all of these diagnostics share the encoding's name as their range
			reportWithData(PtlCheck.ENCODING_STATE_MISSING, "state " + quote(state.getName()) + " of ownership model "
					+ quote(encoding.getModel().getName()) + " has no encoding in " + quote(encoding.getName())
					+ ": add '" + state.getName() + " = <value>' or '" + state.getName() + " not encoded'", encoding,
					Literals.NAMED__NAME, INSIGNIFICANT_INDEX, state.getName());
		}
	}

	/** "claim 'pkvm.state' [56:55]" or "its 2 bits". */
	private static String holderText(Encoding encoding) {
		if (encoding.isSetWidth() || encoding.getClaim() == null) {
			return "its " + plural(encoding.getWidth(), "bit");
		}
		return "claim " + quote(PtlNames.qualified(encoding.getClaim())) + " " + Bits.text(encoding.getClaim().getBits());
	}
}
