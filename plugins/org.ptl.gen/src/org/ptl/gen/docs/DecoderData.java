package org.ptl.gen.docs;

import java.util.List;

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
import org.ptl.model.support.Bits;
import org.ptl.model.support.Formats;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * What the site's decoder box needs to read a value as a descriptor of a format, as JSON: per
 * descriptor the levels it applies at (as the simulator's format codec decides them), its fixed
 * bits, its fields with their enum literals, and the claims on it with every encoding's values.
 * 64-bit numbers are hex strings, for JavaScript numbers hold only 53 bits.
 */
final class DecoderData {

	private DecoderData() {
	}

	static JsonObject of(Format format, List<ClaimSet> claimSets, List<Encoding> encodings) {
		JsonObject json = new JsonObject();
		json.addProperty("name", format.getName());
		json.addProperty("firstLevel", format.getFirstLevel());
		json.addProperty("lastLevel", format.getLastLevel());
		JsonArray descriptors = new JsonArray();
		for (Descriptor descriptor : Formats.descriptors(format)) {
			descriptors.add(descriptor(format, descriptor, claimSets, encodings));
		}
		json.add("descriptors", descriptors);
		return json;
	}

	private static JsonObject descriptor(Format format, Descriptor descriptor, List<ClaimSet> claimSets, List<Encoding> encodings) {
		JsonObject json = new JsonObject();
		json.addProperty("name", descriptor.getName());
		json.addProperty("kind", descriptor.getKind().getLiteral());
		JsonArray levels = new JsonArray();
		for (int level = format.getFirstLevel(); level <= format.getLastLevel(); level++) {
			if (appliesAt(descriptor, format, level)) {
				levels.add(level);
			}
		}
		json.add("levels", levels);
		long fixedMask = 0;
		long fixedValue = 0;
		JsonArray fields = new JsonArray();
		for (Field field : descriptor.getFields()) {
			if (!Bits.isWellFormed(field.getBits())) {
				continue;
			}
			if (field.getKind() == FieldKind.FIXED) {
				fixedMask |= Bits.mask(field.getBits());
				fixedValue = Bits.insert(fixedValue, field.getBits(), field.getFixedValue());
			}
			JsonObject f = new JsonObject();
			f.addProperty("name", field.getName());
			f.addProperty("high", Bits.high(field.getBits()));
			f.addProperty("low", Bits.low(field.getBits()));
			f.addProperty("kind", field.getKind().getLiteral());
			JsonObject literals = new JsonObject();
			for (EnumLiteral literal : field.getLiterals()) {
				literals.addProperty(Long.toString(literal.getValue()), literal.getName());
			}
			f.add("literals", literals);
			fields.add(f);
		}
		json.addProperty("fixedMask", Long.toHexString(fixedMask));
		json.addProperty("fixedValue", Long.toHexString(fixedValue));
		json.add("fields", fields);
		json.add("claims", claims(descriptor, claimSets, encodings));
		return json;
	}

	private static JsonArray claims(Descriptor descriptor, List<ClaimSet> claimSets, List<Encoding> encodings) {
		JsonArray claims = new JsonArray();
		for (ClaimSet set : claimSets) {
			if (set.getFields().stream().noneMatch(f -> f.eContainer() == descriptor)) {
				continue;
			}
			for (Claim claim : set.getClaims()) {
				if (!Bits.isWellFormed(claim.getBits())) {
					continue;
				}
				JsonObject c = new JsonObject();
				c.addProperty("name", set.getName() + "." + claim.getName());
				c.addProperty("high", Bits.high(claim.getBits()));
				c.addProperty("low", Bits.low(claim.getBits()));
				JsonArray codes = new JsonArray();
				for (Encoding encoding : encodings) {
					if (encoding.getClaim() != claim) {
						continue;
					}
					EncodingTable table = new EncodingTable(encoding);
					JsonObject e = new JsonObject();
					e.addProperty("name", encoding.getName());
					JsonObject values = new JsonObject();
					for (EncodingTable.Row row : table.rows()) {
						if (row.value() != null) {
							values.addProperty(Long.toString(row.value()), row.state().getName());
						}
					}
					e.add("values", values);
					JsonArray reserved = new JsonArray();
					for (ReservedEncoding r : table.reserved()) {
						reserved.add(Long.toString(r.getValue()));
					}
					e.add("reserved", reserved);
					codes.add(e);
				}
				c.add("encodings", codes);
				claims.add(c);
			}
		}
		return claims;
	}

	/** The levels a descriptor applies at, as org.ptl.sim's FormatCodec decides. */
	private static boolean appliesAt(Descriptor descriptor, Format format, int level) {
		if (!descriptor.getLevels().isEmpty()) {
			return descriptor.getLevels().contains(level);
		}
		return switch (descriptor.getKind()) {
		case TABLE -> level < format.getLastLevel();
		case PAGE -> level == format.getLastLevel();
		case BLOCK -> format.getBlockLevels().contains(level);
		default -> true;
		};
	}
}
