package org.ptl.lang.ide.hover;

import java.util.List;
import java.util.stream.Collectors;

import org.ptl.lang.util.LoadedElements;
import org.ptl.lang.util.PtlNames;
import org.ptl.lang.validation.EncodingValues;
import org.ptl.model.Claim;
import org.ptl.model.ClaimSet;
import org.ptl.model.Descriptor;
import org.ptl.model.DescriptorKind;
import org.ptl.model.EnumLiteral;
import org.ptl.model.Field;
import org.ptl.model.FieldKind;
import org.ptl.model.Format;
import org.ptl.model.Named;
import org.ptl.model.support.Bits;
import org.ptl.model.support.Formats;
import org.ptl.model.support.Sizes;

/**
 * The hover Markdown of the bit-layout elements: a format's geometry, a descriptor's kind, levels
 * and drawing ({@link BitLayoutDrawing}), a field's span, kind and values.
 */
final class LayoutHover {

	private LayoutHover() {
	}

	static String format(Format format) {
		StringBuilder out = headline("format", format);
		out.append("- granule ").append(Sizes.text(format.getGranule())).append('\n');
		out.append("- input ").append(format.getInputBits()).append(" bits");
		if (format.isSetOutputBits()) {
			out.append(", output ").append(format.getOutputBits()).append(" bits");
		}
		out.append('\n');
		out.append("- levels ").append(format.getFirstLevel()).append("..").append(format.getLastLevel()).append('\n');
		out.append(format.getBlockLevels().isEmpty() ? "- no block levels" : "- blocks at levels "
				+ format.getBlockLevels().stream().map(String::valueOf).collect(Collectors.joining(", "))).append('\n');
		List<Descriptor> descriptors = Formats.descriptors(format);
		if (!descriptors.isEmpty()) {
			out.append("- descriptors ").append(descriptors.stream()
					.map(d -> code(d.getName()) + " (" + d.getKind().getLiteral() + ")").collect(Collectors.joining(", ")))
					.append('\n');
		}
		return description(out, format);
	}

	static String descriptor(Descriptor descriptor) {
		StringBuilder out = headline(descriptor.getKind().getLiteral() + " descriptor", descriptor);
		out.append(levels(descriptor)).append("\n\n");
		description(out, descriptor);
		out.append("\n```text\n").append(BitLayoutDrawing.draw(descriptor)).append("```\n");
		return out.toString();
	}

	private static String levels(Descriptor descriptor) {
		List<Integer> levels = descriptor.getLevels();
		if (levels.isEmpty() && descriptor.getKind() == DescriptorKind.BLOCK
				&& descriptor.eContainer() instanceof Format format) {
			levels = format.getBlockLevels();
		}
		if (levels.isEmpty()) {
			return "at any level";
		}
		return (levels.size() == 1 ? "at level " : "at levels ")
				+ levels.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	static String field(Field field) {
		StringBuilder out = headline("field", field);
		if (!Bits.isWellFormed(field.getBits())) {
			return description(out, field);
		}
		int width = Bits.width(field.getBits());
		out.append("bits ").append(Bits.text(field.getBits())).append(", ").append(width)
				.append(width == 1 ? " bit" : " bits").append(" · ").append(kind(field, width)).append("\n\n");
		for (EnumLiteral literal : field.getLiterals()) {
			out.append("- ").append(code(literal.getName())).append(" = ")
					.append(EncodingValues.text(literal.getValue(), width));
			if (literal.getDescription() != null) {
				out.append(": ").append(literal.getDescription());
			}
			out.append('\n');
		}
		if (!field.getOverlays().isEmpty()) {
			out.append("overlays ").append(field.getOverlays().stream().map(f -> code(f.getName()))
					.collect(Collectors.joining(", "))).append("\n\n");
		}
		if (field.getKind() == FieldKind.SOFTWARE) {
			out.append(claims(field)).append("\n\n");
		}
		return description(out, field);
	}

	private static String kind(Field field, int width) {
		return switch (field.getKind()) {
		case FIXED -> "fixed value " + code(EncodingValues.text(field.getFixedValue(), width));
		case ENUM -> "enum";
		case ADDRESS -> "address, output-address bits "
				+ Bits.text(field.getAddressBits() != null ? field.getAddressBits() : field.getBits());
		case SOFTWARE -> "software bits";
		default -> field.getKind().getLiteral();
		};
	}

	/** Who claims bits of a software field, among the files loaded with it. */
	private static String claims(Field field) {
		String claims = LoadedElements.loadedWith(field, ClaimSet.class).stream()
				.filter(set -> set.getFields().contains(field)).flatMap(set -> set.getClaims().stream()).map(LayoutHover::claimText).collect(Collectors.joining(", "));
		return claims.isEmpty() ? "no claims on these bits" : "claimed by " + claims;
	}

	private static String claimText(Claim claim) {
		return code(PtlNames.qualified(claim)) + (Bits.isWellFormed(claim.getBits()) ? " " + Bits.text(claim.getBits()) : "");
	}

	/** "**kind** `qualified.name`", the first line of every hover. */
	static StringBuilder headline(String kind, Named element) {
		return new StringBuilder("**").append(kind).append("** ").append(code(PtlNames.qualified(element))).append("\n\n");
	}

	/** The element's description as the last paragraph, when it has one. */
	static String description(StringBuilder out, Named element) {
		if (element.getDescription() != null && !element.getDescription().isBlank()) {
			// a blank line ends a list before it, or Markdown would run the description into its last item
			out.append(out.toString().endsWith("\n\n") ? "" : "\n").append(element.getDescription()).append('\n');
		}
		return out.toString();
	}

	static String code(String text) {
		return "`" + text + "`";
	}
}
