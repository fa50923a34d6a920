package org.ptl.gen.c;

import java.util.ArrayList;
import java.util.List;

import org.ptl.gen.GeneratedFile;
import org.ptl.gen.GenerationSource;
import org.ptl.gen.OutputDirectory;
import org.ptl.model.ClaimSet;
import org.ptl.model.Element;
import org.ptl.model.Encoding;
import org.ptl.model.Format;

/**
 * The C header of one .ptl file: the marker, the mangled names, an include guard, the style's
 * includes, then the formats, claims and encodings of the file in the order the file declares them.
 * Other elements (ownership models, walker policies, scenarios) have no C form; a file with none of
 * the three gives no header.
 */
final class CHeader {

	private final CStyle style;
	private final FormatMacros formats;
	private final ClaimMacros claims;
	private final EncodingHelpers encodings;
	private final CNames names;

	CHeader(CStyle style, CNames names, List<ClaimSet> allClaimSets) {
		this.style = style;
		this.names = names;
		this.formats = new FormatMacros(style, names);
		this.claims = new ClaimMacros(style, names, allClaimSets);
		this.encodings = new EncodingHelpers(style, names);
	}

	static boolean hasContent(GenerationSource source) {
		return source.model().getElements().stream()
				.anyMatch(e -> e instanceof Format || e instanceof ClaimSet || e instanceof Encoding);
	}

	GeneratedFile generate(GenerationSource source, String headerName) {
		List<String> mangled = new ArrayList<>();
		CLines body = new CLines();
		for (Element element : source.model().getElements()) {
			if (element instanceof Format format) {
				formats.write(body, format, mangled);
			} else if (element instanceof ClaimSet set) {
				claims.write(body, set, mangled);
			} else if (element instanceof Encoding encoding) {
				encodings.write(body, encoding, mangled);
			}
		}
		String guard = names.define(CSymbols.guard(headerName), source.model());
		CLines out = new CLines();
		out.line("/* " + OutputDirectory.MARKER + " from " + CText.comment(source.shownAs()) + " \u2014 do not edit */");
		if (!mangled.isEmpty()) {
			List<String> note = new ArrayList<>();
			note.add("PTL names that are not C identifiers, mangled (" + CNames.RULE + "):");
			mangled.forEach(line -> note.add("  " + line));
			out.comment(note);
		}
		out.line("#ifndef " + guard);
		out.line("#define " + guard);
		out.blank();
		for (String include : style.includes().split("\n")) {
			out.line(include);
		}
		out.line("");
		out.append(body);
		out.blank();
		out.line("#endif /* " + guard + " */");
		return new GeneratedFile(headerName, out.toString());
	}
}
