package org.ptl.gen.c;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.Descriptor;
import org.ptl.model.EnumLiteral;
import org.ptl.model.Field;
import org.ptl.model.FieldKind;
import org.ptl.model.Format;
import org.ptl.model.support.Bits;
import org.ptl.model.support.Formats;

/**
 * The macros of a format: its geometry, and for every field of every descriptor its shift, width
 * and mask, its enum literals (as field values, not shifted) and its fixed value.
 */
final class FormatMacros {

	private final CStyle style;
	private final CNames names;

	FormatMacros(CStyle style, CNames names) {
		this.style = style;
		this.names = names;
	}

	void write(CLines out, Format format, List<String> mangled) {
		String prefix = CSymbols.format(format);
		note(mangled, format.getName(), format, prefix);
		List<String> about = new ArrayList<>();
		about.add("format " + format.getName() + (format.getDescription() == null ? "" : ": " + CText.comment(format.getDescription())));
		about.add("granule " + format.getGranule() + ", " + format.getInputBits() + " input bits, levels " + format.getFirstLevel()
				+ ".." + format.getLastLevel() + (format.getBlockLevels().isEmpty() ? "" : ", blocks at levels "
						+ String.join(", ", format.getBlockLevels().stream().map(String::valueOf).toList())));
		if (format.getDescriptors().isEmpty() && format.getDescriptorsFrom() != null) {
			about.add("descriptors as in format " + format.getDescriptorsFrom().getName());
		}
		out.blank().comment(about);
		out.line("#define " + names.define(prefix + "_GRANULE", format) + " " + format.getGranule() + "ULL");
		out.line("#define " + names.define(prefix + "_INPUT_BITS", format) + " " + format.getInputBits());
		out.line("#define " + names.define(prefix + "_FIRST_LEVEL", format) + " " + format.getFirstLevel());
		out.line("#define " + names.define(prefix + "_LAST_LEVEL", format) + " " + format.getLastLevel());
		for (Descriptor descriptor : Formats.descriptors(format)) {
			writeDescriptor(out, format, descriptor, mangled);
		}
	}

	private void writeDescriptor(CLines out, Format format, Descriptor descriptor, List<String> mangled) {
		note(mangled, format.getName() + "." + descriptor.getName(), descriptor, CNames.upper(format.getName(), descriptor.getName()));
		out.blank().line("/* " + descriptor.getKind().getLiteral() + " descriptor " + format.getName() + "." + descriptor.getName()
				+ (descriptor.getDescription() == null ? "" : ": " + CText.comment(descriptor.getDescription())) + " */");
		for (Field field : descriptor.getFields()) {
			if (!Bits.isWellFormed(field.getBits())) {
				continue;
			}
			String prefix = CSymbols.field(format, descriptor, field);
			note(mangled, format.getName() + "." + descriptor.getName() + "." + field.getName(), field, prefix);
			int high = Bits.high(field.getBits());
			int low = Bits.low(field.getBits());
			out.line("/* " + field.getName() + " " + Bits.text(field.getBits()) + " " + field.getKind().getLiteral()
					+ (field.getDescription() == null ? "" : ": " + CText.comment(field.getDescription())) + " */");
			out.line("#define " + names.define(prefix + "_SHIFT", field) + " " + low);
			out.line("#define " + names.define(prefix + "_WIDTH", field) + " " + (high - low + 1));
			out.line("#define " + names.define(prefix + "_MASK", field) + " " + style.mask(high, low));
			if (field.getKind() == FieldKind.FIXED) {
				out.line("#define " + names.define(prefix + "_VALUE", field) + " " + CText.hex(field.getFixedValue()));
			}
			for (EnumLiteral literal : field.getLiterals()) {
				String name = CSymbols.literal(format, descriptor, field, literal);
				note(mangled, literal.getName(), literal, name);
				out.line("#define " + names.define(name, literal) + " " + CText.hex(literal.getValue())
						+ (literal.getDescription() == null ? "" : " /* " + CText.comment(literal.getDescription()) + " */"));
			}
		}
	}

	static void note(List<String> mangled, String ptlName, org.eclipse.emf.ecore.EObject element, String cName) {
		if (element instanceof org.ptl.model.Named named && CNames.needsMangling(named.getName())) {
			mangled.add(ptlName + " -> " + cName);
		}
	}
}
