package org.ptl.gen.c;

import java.util.List;

import org.ptl.gen.EncodingTable;
import org.ptl.gen.GeneratedFile;
import org.ptl.gen.OutputDirectory;
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

/**
 * The generated self-test: a C program that includes every generated header and checks it against
 * what the Java side computed. Every field's and claim's mask has exactly its bits (and its shift
 * and width agree), enum literals and fixed values fit their fields, every encoding's helpers
 * round-trip every state that has a value (whatever the other bits are) and refuse the others,
 * reserved and unassigned values decode as INVALID, and sample descriptors read by the simulator's
 * decoder ({@link SampleChecks}) give the same fields and states through the C macros and helpers.
 * It prints every failure and exits 1 when there is one. Compile with
 * {@code cc -std=c11 -Wall -Werror ptl_selftest.c}.
 */
final class CSelfTest {

	private static final long BACKGROUND = 0x5a5a_a5a5_5a5a_a5a5L;

	private final CStyle style;
	private final List<ClaimSet> allClaimSets;
	private final List<Encoding> allEncodings;

	CSelfTest(CStyle style, List<ClaimSet> allClaimSets, List<Encoding> allEncodings) {
		this.style = style;
		this.allClaimSets = allClaimSets;
		this.allEncodings = allEncodings;
	}

	GeneratedFile generate(List<String> headers, List<Format> formats, List<ClaimSet> claimSets, List<Encoding> encodings) {
		CLines out = new CLines();
		out.line("/* " + OutputDirectory.MARKER + " from " + headers.size() + " header" + (headers.size() == 1 ? "" : "s")
				+ " \u2014 do not edit */");
		out.comment(List.of("The self-test of the headers: cc -std=c11 -Wall -Werror " + CGenerator.SELF_TEST + " && ./a.out",
				"exits 0 when every check passes, 1 (after printing every failure) when one fails."));
		out.line("#include <assert.h>");
		out.line("#include <inttypes.h>");
		out.line("#include <stdbool.h>");
		out.line("#include <stdint.h>");
		out.line("#include <stdio.h>");
		if (style == CStyle.KERNEL) {
			out.blank().line("/* what the kernel's headers give a kernel-style header */");
			out.line("typedef uint64_t u64;");
			out.line("#define GENMASK_ULL(h, l) ((~0ULL >> (63 - (h))) & (~0ULL << (l)))");
		}
		out.blank();
		headers.forEach(header -> out.line("#include \"" + header + "\""));
		out.blank().line("static unsigned long checks, failures;");
		out.blank().line("static void check(uint64_t got, uint64_t expected, const char *what)");
		out.line("{");
		out.line("\tchecks++;");
		out.line("\tif (got != expected) {");
		out.line("\t\tfailures++;");
		out.line("\t\tprintf(\"FAIL: %s: got 0x%016\" PRIx64 \", expected 0x%016\" PRIx64 \"\\n\", what, got, expected);");
		out.line("\t}");
		out.line("}");
		out.blank().line("static void test_fields(void)").line("{");
		formats.forEach(format -> fieldChecks(out, format));
		claimSets.forEach(set -> claimChecks(out, set));
		out.line("}");
		out.blank().line("static void test_encodings(void)").line("{");
		out.line("\tuint64_t bits = 0;");
		out.line("\t(void)bits;");
		encodings.forEach(encoding -> encodingChecks(out, new EncodingTable(encoding)));
		out.line("}");
		out.blank().line("static void test_samples(void)").line("{");
		new SampleChecks(allClaimSets, allEncodings, encodings, claimSets).write(out, formats);
		out.line("}");
		out.blank().line("int main(void)").line("{");
		out.line("\ttest_fields();");
		out.line("\ttest_encodings();");
		out.line("\ttest_samples();");
		out.line("\tprintf(\"ptl self-test: %lu checks, %lu failed\\n\", checks, failures);");
		out.line("\treturn failures == 0 ? 0 : 1;");
		out.line("}");
		return new GeneratedFile(CGenerator.SELF_TEST, out.toString());
	}

	private static void fieldChecks(CLines out, Format format) {
		for (Descriptor descriptor : Formats.descriptors(format)) {
			for (Field field : descriptor.getFields()) {
				if (!Bits.isWellFormed(field.getBits())) {
					continue;
				}
				String prefix = CSymbols.field(format, descriptor, field);
				String what = format.getName() + "." + descriptor.getName() + "." + field.getName();
				bitChecks(out, prefix, what, field.getBits());
				if (field.getKind() == FieldKind.FIXED) {
					expect(out, prefix + "_VALUE", CText.hex(field.getFixedValue()), what + " fixed value");
					expect(out, "(" + prefix + "_VALUE << " + prefix + "_SHIFT) & ~" + prefix + "_MASK", "0",
							what + " fixed value fits");
				}
				for (EnumLiteral literal : field.getLiterals()) {
					String name = CSymbols.literal(format, descriptor, field, literal);
					expect(out, name, CText.hex(literal.getValue()), what + " = " + literal.getName());
					expect(out, "(" + name + " << " + prefix + "_SHIFT) & ~" + prefix + "_MASK", "0",
							what + " = " + literal.getName() + " fits");
				}
			}
		}
	}

	private static void claimChecks(CLines out, ClaimSet set) {
		for (Claim claim : set.getClaims()) {
			if (Bits.isWellFormed(claim.getBits())) {
				bitChecks(out, CSymbols.claim(claim), CNames.ptlName(claim), claim.getBits());
			}
		}
	}

	private static void bitChecks(CLines out, String prefix, String what, org.ptl.model.BitRange bits) {
		expect(out, prefix + "_MASK", CText.hex64(Bits.mask(bits)), what + " mask is " + Bits.describe(Bits.mask(bits)));
		expect(out, prefix + "_SHIFT", Integer.toString(Bits.low(bits)), what + " shift");
		expect(out, prefix + "_WIDTH", Integer.toString(Bits.width(bits)), what + " width");
	}

	private void encodingChecks(CLines out, EncodingTable table) {
		Encoding encoding = table.encoding();
		String name = encoding.getName();
		String encode = CSymbols.encode(encoding);
		String decode = CSymbols.decode(encoding);
		long mask = table.mask();
		expect(out, CSymbols.bits(encoding) + "_MASK", CText.hex64(mask), name + " mask");
		for (EncodingTable.Row row : table.rows()) {
			String state = CSymbols.state(encoding, row.state());
			String what = name + " " + row.state().getName();
			if (row.value() == null) {
				out.line("\tbits = " + CText.hex64(BACKGROUND) + ";");
				expect(out, encode + "(" + state + ", &bits)", "false", what + " (not encoded) is refused");
				expect(out, "bits", CText.hex64(BACKGROUND), what + " (not encoded) leaves the bits alone");
				continue;
			}
			long placed = (row.value() << table.shift()) & mask;
			for (long background : new long[] { 0L, -1L, BACKGROUND }) {
				long expected = table.claim() == null ? placed : (background & ~mask) | placed;
				out.line("\tbits = " + CText.hex64(background) + ";");
				expect(out, encode + "(" + state + ", &bits)", "true", what + " is encoded");
				expect(out, "bits", CText.hex64(expected), what + " encodes as " + EncodingHelpers.binary(row.value(), table.width()));
				expect(out, decode + "(bits)", state, what + " decodes back");
			}
		}
		out.line("\tbits = " + CText.hex64(BACKGROUND) + ";");
		expect(out, encode + "(" + CSymbols.invalid(encoding) + ", &bits)", "false", name + " INVALID is refused");
		for (ReservedEncoding reserved : table.reserved()) {
			if (table.stateOf(reserved.getValue()) == null) {
				expect(out, decode + "(" + CText.hex64((reserved.getValue() << table.shift()) & mask) + ")", CSymbols.invalid(encoding),
						name + " reserved " + EncodingHelpers.binary(reserved.getValue(), table.width()) + " decodes as INVALID");
			}
		}
		for (long unassigned : table.unassigned(8)) {
			expect(out, decode + "(" + CText.hex64((unassigned << table.shift()) & mask) + ")", CSymbols.invalid(encoding),
					name + " unassigned " + EncodingHelpers.binary(unassigned, table.width()) + " decodes as INVALID");
		}
		if (table.claim() == null && table.width() < 64) {
			expect(out, decode + "(" + CText.hex64(1L << table.width()) + ")", CSymbols.invalid(encoding),
					name + " a value wider than " + table.width() + " bits decodes as INVALID");
		}
	}

	static void expect(CLines out, String got, String expected, String what) {
		out.line("\tcheck((uint64_t)(" + got + "), (uint64_t)(" + expected + "), \"" + CText.string(what) + "\");");
	}
}
