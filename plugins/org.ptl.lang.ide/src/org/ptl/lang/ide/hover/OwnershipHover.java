package org.ptl.lang.ide.hover;

import static org.ptl.lang.ide.hover.LayoutHover.code;

import java.util.List;
import java.util.stream.Collectors;

import org.ptl.lang.util.LoadedElements;
import org.ptl.lang.util.PtlNames;
import org.ptl.lang.validation.EncodingValues;
import org.ptl.model.Claim;
import org.ptl.model.ClaimSet;
import org.ptl.model.Encoding;
import org.ptl.model.Field;
import org.ptl.model.State;
import org.ptl.model.StateEncoding;
import org.ptl.model.support.Bits;

/**
 * The hover Markdown of the software-bit and ownership elements: a claim's bits, claimant and the
 * software fields it lies in; a state's description and its value in every encoding of its model
 * loaded with it (pKVM's NOPAGE is 0b11 in one, not encoded in another).
 */
final class OwnershipHover {

	private OwnershipHover() {
	}

	static String claim(Claim claim) {
		StringBuilder out = LayoutHover.headline("claim", claim);
		if (Bits.isWellFormed(claim.getBits())) {
			int width = Bits.width(claim.getBits());
			out.append("bits ").append(Bits.text(claim.getBits())).append(", ").append(width)
					.append(width == 1 ? " bit" : " bits").append("\n\n");
		}
		ClaimSet set = (ClaimSet) claim.eContainer();
		out.append("claimant ").append(code(set.getName()));
		if (set.getDescription() != null) {
			out.append(": ").append(set.getDescription());
		}
		out.append("\n\n");
		List<Field> fields = set.getFields().stream().filter(f -> !f.eIsProxy()).toList();
		if (!fields.isEmpty()) {
			out.append(fields.size() == 1 ? "in field " : "in fields ").append(fields.stream()
					.map(f -> code(PtlNames.qualified(f)) + " " + bitsText(f)).collect(Collectors.joining(", ")))
					.append("\n\n");
		}
		if (!claim.getSharedWith().isEmpty()) {
			out.append("shared with ").append(claim.getSharedWith().stream().map(s -> code(s.getName()))
					.collect(Collectors.joining(", "))).append("\n\n");
		}
		return LayoutHover.description(out, claim);
	}

	private static String bitsText(Field field) {
		return Bits.isWellFormed(field.getBits()) ? Bits.text(field.getBits()) : "";
	}

	static String state(State state) {
		StringBuilder out = LayoutHover.headline("state", state);
		LayoutHover.description(out, state);
		List<Encoding> encodings = LoadedElements.loadedWith(state, Encoding.class).stream()
				.filter(e -> e.getModel() == state.eContainer()).toList();
		if (encodings.isEmpty()) {
			return out.append("\nno encoding of its model is loaded\n").toString();
		}
		out.append("\nencodings:\n");
		for (Encoding encoding : encodings) {
			out.append("- ").append(code(encoding.getName())).append(holder(encoding)).append(": ")
					.append(valueIn(encoding, state)).append('\n');
		}
		return out.toString();
	}

	/** " in claim `pkvm.state` [56:55]" or " in 8 bits". */
	private static String holder(Encoding encoding) {
		if (encoding.isSetWidth()) {
			return " in " + encoding.getWidth() + " bits";
		}
		Claim claim = encoding.getClaim();
		return claim == null || claim.eIsProxy() ? "" : " in claim " + code(PtlNames.qualified(claim)) + " "
				+ (Bits.isWellFormed(claim.getBits()) ? Bits.text(claim.getBits()) : "");
	}

	private static String valueIn(Encoding encoding, State state) {
		for (StateEncoding entry : encoding.getEntries()) {
			if (entry.getState() == state) {
				return entry.isNotEncoded() ? "not encoded"
						: code(EncodingValues.text(entry.getValue(), EncodingValues.width(encoding)));
			}
		}
		return "missing (encoding.state-missing)";
	}
}
