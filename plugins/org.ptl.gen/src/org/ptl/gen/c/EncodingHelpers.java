package org.ptl.gen.c;

import java.util.ArrayList;
import java.util.List;

import org.ptl.gen.EncodingTable;
import org.ptl.model.Encoding;
import org.ptl.model.ReservedEncoding;
import org.ptl.model.State;

/**
 * What a header gives for an ownership encoding: a comment block with every state, its value and
 * what it means; the bits' shift, width and mask; an enum of the model's states (in the model's
 * order, plus ENCODING_INVALID); and static inline helpers. {@code encode(state, &bits)} writes the
 * state's value into the bits and returns true, or returns false and leaves the bits alone for a
 * state that has no value (one 'not encoded', or INVALID); {@code decode(bits)} returns the state
 * the bits stand for, and INVALID for a reserved or unassigned value, never a state that is not
 * encoded.
 */
final class EncodingHelpers {

	private final CStyle style;
	private final CNames names;

	EncodingHelpers(CStyle style, CNames names) {
		this.style = style;
		this.names = names;
	}

	void write(CLines out, Encoding encoding, List<String> mangled) {
		EncodingTable table = new EncodingTable(encoding);
		FormatMacros.note(mangled, encoding.getName(), encoding, CSymbols.encoding(encoding));
		out.blank().comment(commentBlock(table));
		writeBits(out, table);
		writeEnum(out, table, mangled);
		writeEncode(out, table);
		writeDecode(out, table);
	}

	/**
	 * The macros of the bits: a claim's are defined again (identically, which C allows) when its
	 * claim set's header is not included, so that every header stands alone.
	 */
	private void writeBits(CLines out, EncodingTable table) {
		String prefix = CSymbols.bits(table.encoding());
		org.eclipse.emf.ecore.EObject owner = table.claim() != null ? table.claim() : table.encoding();
		if (table.claim() != null) {
			out.line("#ifndef " + prefix + "_MASK");
		}
		out.line("#define " + names.define(prefix + "_SHIFT", owner) + " " + table.shift());
		out.line("#define " + names.define(prefix + "_WIDTH", owner) + " " + table.width());
		out.line("#define " + names.define(prefix + "_MASK", owner) + " " + style.mask(table.shift() + table.width() - 1, table.shift()));
		if (table.claim() != null) {
			out.line("#endif");
		}
	}

	private static List<String> commentBlock(EncodingTable table) {
		Encoding encoding = table.encoding();
		List<String> lines = new ArrayList<>();
		String where = table.claim() != null
				? "in " + CNames.ptlName(table.claim()) + " " + org.ptl.model.support.Bits.text(table.claim().getBits())
				: "as " + table.width() + " bits of a value kept outside page tables";
		lines.add("encoding " + encoding.getName() + " of " + (encoding.getModel() == null ? "?" : encoding.getModel().getName())
				+ " " + where + (encoding.getDescription() == null ? "" : ": " + CText.comment(encoding.getDescription())));
		lines.add("");
		int widest = table.rows().stream().mapToInt(row -> row.state().getName().length()).max().orElse(8);
		widest = Math.max(widest, "reserved".length());
		for (EncodingTable.Row row : table.rows()) {
			String value = row.value() == null ? "not encoded" : binary(row.value(), table.width());
			String description = row.state().getDescription() == null ? "" : CText.comment(row.state().getDescription());
			lines.add(pad(row.state().getName(), widest) + "  " + pad(value, 11) + "  " + description);
		}
		for (ReservedEncoding reserved : table.reserved()) {
			lines.add(pad("reserved", widest) + "  " + pad(binary(reserved.getValue(), table.width()), 11) + "  "
					+ (reserved.getDescription() == null ? "" : CText.comment(reserved.getDescription())));
		}
		lines.add("");
		lines.add("decode() gives INVALID for a reserved or unassigned value; encode() refuses a state that is not encoded.");
		return lines;
	}

	private void writeEnum(CLines out, EncodingTable table, List<String> mangled) {
		Encoding encoding = table.encoding();
		out.line(names.define(CSymbols.stateType(encoding), encoding) + " {");
		int ordinal = 0;
		for (EncodingTable.Row row : table.rows()) {
			String constant = CSymbols.state(encoding, row.state());
			FormatMacros.note(mangled, encoding.getName() + "." + row.state().getName(), row.state(), constant);
			out.line("\t" + names.define(constant, row.state()) + " = " + ordinal++ + ","
					+ (row.value() == null ? " /* not encoded */" : " /* " + binary(row.value(), table.width()) + " */"));
		}
		out.line("\t" + names.define(CSymbols.invalid(encoding), encoding) + " = " + ordinal + ", /* no state: a reserved or unassigned value */");
		out.line("};");
	}

	private void writeEncode(CLines out, EncodingTable table) {
		Encoding encoding = table.encoding();
		String prefix = CSymbols.bits(encoding);
		String u64 = style.u64();
		out.blank().line("/* Sets " + (table.claim() != null ? "the claim's bits of *bits" : "*bits")
				+ " to the state's value; false (and *bits unchanged) for a state without one. */");
		out.line("static inline bool " + names.define(CSymbols.encode(encoding), encoding) + "(" + CSymbols.stateType(encoding)
				+ " state, " + u64 + " *bits)");
		out.line("{");
		out.line("\t" + u64 + " value;");
		out.blank();
		out.line("\tswitch (state) {");
		for (EncodingTable.Row row : table.rows()) {
			if (row.value() != null) {
				out.line("\tcase " + CSymbols.state(encoding, row.state()) + ":");
				out.line("\t\tvalue = " + CText.hex(row.value()) + ";");
				out.line("\t\tbreak;");
			}
		}
		List<String> without = new ArrayList<>();
		for (EncodingTable.Row row : table.rows()) {
			if (row.value() == null) {
				without.add(row.state().getName());
			}
		}
		without.add("INVALID");
		out.line("\tdefault: /* " + String.join(", ", without) + ": no value */");
		out.line("\t\treturn false;");
		out.line("\t}");
		if (table.claim() == null) {
			out.line("\t*bits = value;"); // a side table's value is the state and nothing else
		} else {
			out.line("\t*bits = (*bits & ~(" + u64 + ")" + prefix + "_MASK) | ((value << " + prefix + "_SHIFT) & " + prefix + "_MASK);");
		}
		out.line("\treturn true;");
		out.line("}");
	}

	private void writeDecode(CLines out, EncodingTable table) {
		Encoding encoding = table.encoding();
		String prefix = CSymbols.bits(encoding);
		String u64 = style.u64();
		boolean sideTable = table.claim() == null;
		out.blank().line(sideTable
				? "/* The state a value stands for; INVALID for a reserved or unassigned one, or one wider than the encoding. */"
				: "/* The state the claim's bits of a descriptor stand for; INVALID for a reserved or unassigned value. */");
		out.line("static inline " + CSymbols.stateType(encoding) + " " + names.define(CSymbols.decode(encoding), encoding) + "("
				+ u64 + " bits)");
		out.line("{");
		if (sideTable && table.width() < 64) {
			out.line("\tif (bits & ~(" + u64 + ")" + prefix + "_MASK)");
			out.line("\t\treturn " + CSymbols.invalid(encoding) + ";");
		}
		out.line("\tswitch ((bits & " + prefix + "_MASK) >> " + prefix + "_SHIFT) {");
		java.util.Set<Long> seen = new java.util.HashSet<>();
		for (EncodingTable.Row row : table.rows()) {
			if (row.value() != null && seen.add(row.value())) {
				out.line("\tcase " + CText.hex(row.value()) + ":");
				out.line("\t\treturn " + CSymbols.state(encoding, row.state()) + ";");
			}
		}
		java.util.Set<Long> reservedSeen = new java.util.HashSet<>();
		for (ReservedEncoding reserved : table.reserved()) {
			State taken = table.stateOf(reserved.getValue());
			if (taken == null && reservedSeen.add(reserved.getValue())) {
				out.line("\tcase " + CText.hex(reserved.getValue()) + ": /* reserved"
						+ (reserved.getDescription() == null ? "" : ": " + CText.comment(reserved.getDescription())) + " */");
				out.line("\t\treturn " + CSymbols.invalid(encoding) + ";");
			}
		}
		out.line("\tdefault:");
		out.line("\t\treturn " + CSymbols.invalid(encoding) + ";");
		out.line("\t}");
		out.line("}");
	}

	static String binary(long value, int width) {
		String digits = Long.toBinaryString(value);
		int wanted = Math.min(Math.max(width, 1), 16);
		while (digits.length() < wanted) {
			digits = "0" + digits;
		}
		return "0b" + digits;
	}

	private static String pad(String text, int width) {
		StringBuilder out = new StringBuilder(text);
		while (out.length() < width) {
			out.append(' ');
		}
		return out.toString();
	}
}
