package org.ptl.gen.c;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.ptl.gen.EncodingTable;
import org.ptl.model.Claim;
import org.ptl.model.ClaimSet;
import org.ptl.model.Descriptor;
import org.ptl.model.Encoding;
import org.ptl.model.EnumLiteral;
import org.ptl.model.Field;
import org.ptl.model.FieldKind;
import org.ptl.model.Format;
import org.ptl.model.ReservedEncoding;
import org.ptl.model.State;
import org.ptl.model.support.Bits;
import org.ptl.model.support.Formats;
import org.ptl.sim.decode.Decoder;
import org.ptl.sim.decode.Decoding;

/**
 * The self-test's sample descriptors: for every descriptor of every generated format, values with
 * its fixed bits and pseudo-random other bits (the same every run), and one per value of every
 * encoding on its claims; each is read by the simulator's {@link Decoder}, and the test checks that
 * the C macros give the same field values and enum literals, and the C decode helpers the same
 * states, as the Java decoder found.
 */
final class SampleChecks {

	private static final int RANDOM_SAMPLES = 2;

	private final List<ClaimSet> allClaimSets;
	private final List<Encoding> allEncodings;
	private final Map<String, Encoding> generatedEncodings = new LinkedHashMap<>();
	private final List<ClaimSet> generatedClaimSets;

	SampleChecks(List<ClaimSet> allClaimSets, List<Encoding> allEncodings, List<Encoding> generatedEncodings,
			List<ClaimSet> generatedClaimSets) {
		this.allClaimSets = allClaimSets;
		this.allEncodings = allEncodings;
		generatedEncodings.forEach(encoding -> this.generatedEncodings.putIfAbsent(encoding.getName(), encoding));
		this.generatedClaimSets = generatedClaimSets;
	}

	void write(CLines out, List<Format> formats) {
		for (Format format : formats) {
			Decoder decoder;
			try {
				decoder = new Decoder(format, allClaimSets, allEncodings);
			} catch (IllegalArgumentException unusable) {
				out.line("\t/* " + format.getName() + ": no samples (" + CText.comment(unusable.getMessage()) + ") */");
				continue;
			}
			for (Descriptor descriptor : Formats.descriptors(format)) {
				writeDescriptor(out, format, descriptor, decoder);
			}
		}
	}

	private void writeDescriptor(CLines out, Format format, Descriptor descriptor, Decoder decoder) {
		List<Long> values = samples(format, descriptor);
		Integer level = levelOf(decoder, format, descriptor, values.get(0));
		if (level == null) {
			out.line("\t/* " + format.getName() + "." + descriptor.getName() + ": the decoder reads it at no level */");
			return;
		}
		for (long value : values) {
			List<Decoding> readings = decoder.decode(value, level);
			if (readings.size() != 1 || !descriptor.getName().equals(readings.get(0).layout())) {
				continue;
			}
			out.line("\t/* " + CText.hex64(value) + " as " + format.getName() + "." + descriptor.getName() + " at level " + level
					+ ", as the simulator's decoder reads it */");
			writeReading(out, format, descriptor, value, readings.get(0));
		}
	}

	private void writeReading(CLines out, Format format, Descriptor descriptor, long value, Decoding reading) {
		String v = CText.hex64(value);
		for (Decoding.FieldValue decoded : reading.fields()) {
			Field field = descriptor.getFields().stream().filter(f -> f.getName().equals(decoded.name())).findFirst().orElse(null);
			if (field == null || !Bits.isWellFormed(field.getBits())) {
				continue;
			}
			String prefix = CSymbols.field(format, descriptor, field);
			String got = "(" + v + " & " + prefix + "_MASK) >> " + prefix + "_SHIFT";
			String what = descriptor.getName() + "." + field.getName() + " of " + v;
			EnumLiteral literal = field.getLiterals().stream().filter(l -> l.getName().equals(decoded.meaning())).findFirst()
					.orElse(null);
			CSelfTest.expect(out, got, literal != null ? CSymbols.literal(format, descriptor, field, literal) : CText.hex(decoded.value()),
					what + (literal != null ? " is " + literal.getName() : ""));
		}
		for (Decoding.ClaimValue claimValue : reading.claims()) {
			Claim claim = generatedClaim(claimValue.claim());
			if (claim != null) {
				CSelfTest.expect(out, "(" + v + " & " + CSymbols.claim(claim) + "_MASK) >> " + CSymbols.claim(claim) + "_SHIFT",
						CText.hex(claimValue.value()), claimValue.claim() + " of " + v);
			}
			for (Decoding.EncodedState state : claimValue.states()) {
				Encoding encoding = generatedEncodings.get(state.encoding());
				if (encoding == null) {
					continue;
				}
				State expected = state.state() == null || Decoding.EncodedState.RESERVED.equals(state.state()) ? null
						: encoding.getModel().getStates().stream().filter(s -> s.getName().equals(state.state())).findFirst()
								.orElse(null);
				CSelfTest.expect(out, CSymbols.decode(encoding) + "(" + v + ")",
						expected == null ? CSymbols.invalid(encoding) : CSymbols.state(encoding, expected),
						encoding.getName() + " of " + v + " is " + (expected == null ? "INVALID" : expected.getName()));
			}
		}
	}

	private Claim generatedClaim(String qualified) {
		for (ClaimSet set : generatedClaimSets) {
			for (Claim claim : set.getClaims()) {
				if ((set.getName() + "." + claim.getName()).equals(qualified)) {
					return claim;
				}
			}
		}
		return null;
	}

	/** The first level at which the decoder reads the value as this descriptor. */
	private static Integer levelOf(Decoder decoder, Format format, Descriptor descriptor, long value) {
		for (int level = format.getFirstLevel(); level <= format.getLastLevel(); level++) {
			List<Decoding> readings = decoder.decode(value, level);
			if (readings.size() == 1 && descriptor.getName().equals(readings.get(0).layout())) {
				return level;
			}
		}
		return null;
	}

	private List<Long> samples(Format format, Descriptor descriptor) {
		SplittableRandom random = new SplittableRandom((format.getName() + "." + descriptor.getName()).hashCode());
		long fixedMask = 0;
		long fixedValue = 0;
		for (Field field : descriptor.getFields()) {
			if (field.getKind() == FieldKind.FIXED && Bits.isWellFormed(field.getBits())) {
				fixedMask |= Bits.mask(field.getBits());
				fixedValue = Bits.insert(fixedValue, field.getBits(), field.getFixedValue());
			}
		}
		List<Long> values = new ArrayList<>();
		for (int i = 0; i < RANDOM_SAMPLES; i++) {
			values.add((random.nextLong() & ~fixedMask) | fixedValue);
		}
		long base = values.get(0);
		for (ClaimSet set : allClaimSets) {
			if (set.getFields().stream().noneMatch(field -> field.eContainer() == descriptor)) {
				continue;
			}
			for (Claim claim : set.getClaims()) {
				for (Encoding encoding : generatedEncodings.values()) {
					if (encoding.getClaim() != claim || !Bits.isWellFormed(claim.getBits())) {
						continue;
					}
					EncodingTable table = new EncodingTable(encoding);
					for (EncodingTable.Row row : table.rows()) {
						if (row.value() != null) {
							values.add(Bits.insert(base, claim.getBits(), row.value()));
						}
					}
					for (ReservedEncoding reserved : table.reserved()) {
						values.add(Bits.insert(base, claim.getBits(), reserved.getValue()));
					}
				}
			}
		}
		return values.stream().distinct().toList();
	}
}
