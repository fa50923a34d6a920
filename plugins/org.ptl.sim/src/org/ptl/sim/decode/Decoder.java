package org.ptl.sim.decode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.Claim;
import org.ptl.model.ClaimSet;
import org.ptl.model.Descriptor;
import org.ptl.model.Encoding;
import org.ptl.model.FieldKind;
import org.ptl.model.Format;
import org.ptl.model.ReservedEncoding;
import org.ptl.model.State;
import org.ptl.model.support.Bits;
import org.ptl.model.support.Formats;
import org.ptl.sim.format.DescriptorLayout;
import org.ptl.sim.format.FieldCodec;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.own.StateCodec;

/**
 * Decodes a 64-bit value as a descriptor of a format: at a given level, or at every level, one
 * reading per distinct layout (a value with bits 1:0 = 0b11 is a table above the last level and a
 * page at it). Claims on the layout's software fields are decoded through every encoding of them.
 */
public final class Decoder {

	private final Format format;
	private final FormatCodec codec;
	private final List<ClaimSet> claimSets;
	private final List<Encoding> encodings;

	public Decoder(Format format, List<ClaimSet> claimSets, List<Encoding> encodings) {
		this.format = format;
		this.codec = FormatCodec.compile(format);
		this.claimSets = claimSets;
		this.encodings = encodings;
	}

	public FormatCodec codec() {
		return codec;
	}

	/** A 64-bit value as people write it: 0x..., 0b... or decimal, with _ between digits; null when it is none. */
	public static Long parseValue(String text) {
		String digits = text.replace("_", "").trim();
		try {
			if (digits.startsWith("0x") || digits.startsWith("0X")) {
				return Long.parseUnsignedLong(digits.substring(2), 16);
			}
			if (digits.startsWith("0b") || digits.startsWith("0B")) {
				return Long.parseUnsignedLong(digits.substring(2), 2);
			}
			return Long.parseUnsignedLong(digits);
		} catch (NumberFormatException notANumber) {
			return null;
		}
	}

	/** The readings of the value at the level, or at every level when level is null. */
	public List<Decoding> decode(long value, Integer level) {
		Map<String, List<Integer>> levelsByLayout = new LinkedHashMap<>();
		Map<String, DescriptorLayout> layouts = new LinkedHashMap<>();
		int first = level != null ? level : codec.geometry().firstLevel();
		int last = level != null ? level : codec.geometry().lastLevel();
		for (int at = first; at <= last; at++) {
			DescriptorLayout layout = codec.layoutOf(value, at);
			String key = layout == null ? "(reserved)" : layout.name();
			levelsByLayout.computeIfAbsent(key, k -> new ArrayList<>()).add(at);
			layouts.putIfAbsent(key, layout);
		}
		List<Decoding> readings = new ArrayList<>();
		for (Map.Entry<String, List<Integer>> entry : levelsByLayout.entrySet()) {
			DescriptorLayout layout = layouts.get(entry.getKey());
			readings.add(layout == null ? reserved(value, entry.getValue()) : reading(value, entry.getValue(), layout));
		}
		return readings;
	}

	private static Decoding reserved(long value, List<Integer> levels) {
		return new Decoding(levels, "reserved", "-", List.of(), List.of(),
				List.of("no descriptor of the format accepts 0x" + Long.toHexString(value) + " at "
						+ (levels.size() == 1 ? "level " + levels.get(0) : "levels " + levels)
						+ ": the hardware reports a translation fault"));
	}

	private Decoding reading(long value, List<Integer> levels, DescriptorLayout layout) {
		List<Decoding.FieldValue> fields = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		long covered = 0;
		for (FieldCodec field : layout.fields()) {
			long raw = field.get(value);
			covered |= field.mask();
			fields.add(new Decoding.FieldValue(field.name(), field.span(), field.high(), field.low(), field.kind().getLiteral(), raw,
					field.describe(raw)));
			if (field.kind() == FieldKind.RESERVED && raw != 0) {
				warnings.add("bits set in reserved field '" + field.name() + "' " + field.span());
			}
		}
		if ((value & ~covered) != 0) {
			warnings.add(Bits.describe(value & ~covered) + " set outside every field");
		}
		Descriptor descriptor = descriptorNamed(layout.name());
		List<Decoding.ClaimValue> claims = descriptor == null ? List.of() : claims(value, descriptor, warnings);
		return new Decoding(levels, layout.kind().getLiteral(), layout.name(), fields, claims, warnings);
	}

	private Descriptor descriptorNamed(String name) {
		return Formats.descriptors(format).stream().filter(d -> d.getName().equals(name)).findFirst().orElse(null);
	}

	private List<Decoding.ClaimValue> claims(long value, Descriptor descriptor, List<String> warnings) {
		List<Decoding.ClaimValue> claims = new ArrayList<>();
		for (ClaimSet set : claimSets) {
			boolean onThisDescriptor = set.getFields().stream().anyMatch(field -> field.eContainer() == descriptor);
			if (!onThisDescriptor) {
				continue;
			}
			for (Claim claim : set.getClaims()) {
				if (!Bits.isWellFormed(claim.getBits())) {
					continue;
				}
				long raw = Bits.extract(value, claim.getBits());
				List<Decoding.EncodedState> states = new ArrayList<>();
				for (Encoding encoding : encodings) {
					if (encoding.getClaim() == claim) {
						states.add(encodedState(encoding, raw, warnings));
					}
				}
				claims.add(new Decoding.ClaimValue(set.getName() + "." + claim.getName(), Bits.text(claim.getBits()), raw,
						states));
			}
		}
		return claims;
	}

	private static Decoding.EncodedState encodedState(Encoding encoding, long raw, List<String> warnings) {
		State state = new StateCodec(encoding).stateOf(raw);
		if (state != null) {
			return new Decoding.EncodedState(state.getName(), encoding.getName());
		}
		for (ReservedEncoding reserved : encoding.getReserved()) {
			if (reserved.getValue() == raw) {
				warnings.add("value " + raw + " is reserved in encoding '" + encoding.getName() + "'"
						+ (reserved.getDescription() == null ? "" : " (" + reserved.getDescription() + ")"));
				return new Decoding.EncodedState(Decoding.EncodedState.RESERVED, encoding.getName());
			}
		}
		return new Decoding.EncodedState(null, encoding.getName());
	}
}
