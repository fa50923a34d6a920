package org.ptl.gen.docs;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.Descriptor;
import org.ptl.model.EnumLiteral;
import org.ptl.model.Field;
import org.ptl.model.FieldKind;
import org.ptl.model.Format;
import org.ptl.model.support.Bits;
import org.ptl.model.support.Formats;
import org.ptl.model.ClaimSet;

/** A format's page: its geometry, each descriptor's picture and field table, and a decoder box. */
final class FormatPage {

	private final List<ClaimSet> claimSets;

	FormatPage(List<ClaimSet> claimSets) {
		this.claimSets = claimSets;
	}

	String html(Format format, String source) {
		Page page = new Page("format " + format.getName(), source);
		page.paragraph(format.getDescription());
		page.paragraph("granule " + format.getGranule() + " bytes, " + format.getInputBits() + " input bits, levels "
				+ format.getFirstLevel() + ".." + format.getLastLevel()
				+ (format.getBlockLevels().isEmpty() ? "" : ", blocks at levels " + format.getBlockLevels())
				+ (format.getDescriptors().isEmpty() && format.getDescriptorsFrom() != null
						? "; descriptors as in format " + format.getDescriptorsFrom().getName() : ""));
		page.heading(2, "Decode a value", "decoder");
		page.raw("<div class=\"decoder\" data-format=\"" + Html.escape(format.getName()) + "\">\n<label>value <input type=\"text\" value=\"0x0\" "
				+ "spellcheck=\"false\"></label> <label>level <select><option value=\"\">every level</option>");
		for (int level = format.getFirstLevel(); level <= format.getLastLevel(); level++) {
			page.raw("<option value=\"" + level + "\">" + level + "</option>");
		}
		page.raw("</select></label>\n<pre class=\"decoded\"></pre>\n</div>\n");
		for (Descriptor descriptor : Formats.descriptors(format)) {
			page.heading(2, descriptor.getKind().getLiteral() + " descriptor " + descriptor.getName(), "descriptor-" + descriptor.getName());
			page.paragraph(descriptor.getDescription());
			page.raw(BitLayoutSvg.draw(descriptor, claimSets));
			List<List<String>> rows = new ArrayList<>();
			rows.add(List.of("bits", "field", "kind", "values", "description"));
			for (Field field : descriptor.getFields()) {
				if (!Bits.isWellFormed(field.getBits())) {
					continue;
				}
				List<String> literals = new ArrayList<>();
				for (EnumLiteral literal : field.getLiterals()) {
					literals.add(literal.getName() + " = " + literal.getValue());
				}
				String values = field.getKind() == FieldKind.FIXED ? "= " + field.getFixedValue() : String.join(", ", literals);
				rows.add(List.of(Bits.text(field.getBits()), field.getName(), field.getKind().getLiteral(), values,
						field.getDescription() == null ? "" : field.getDescription()));
			}
			page.table(rows);
		}
		return page.end("<script src=\"data.js\"></script>\n<script src=\"decoder.js\"></script>\n");
	}
}
