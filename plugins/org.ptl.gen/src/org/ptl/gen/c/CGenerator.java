package org.ptl.gen.c;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ptl.gen.GeneratedFile;
import org.ptl.gen.GenerationSource;
import org.ptl.gen.NameClash;
import org.ptl.gen.NameClashException;
import org.ptl.model.ClaimSet;
import org.ptl.model.Encoding;
import org.ptl.model.Format;

/**
 * Generates C from .ptl files: one header per file that declares formats, claims or encodings
 * (named after the file: claims.ptl gives claims.h), and on request the self-test
 * {@value #SELF_TEST} that includes them all. The files must have no errors. Output depends only
 * on the models and the names the sources are shown by, so generating twice gives the same bytes.
 */
public final class CGenerator {

	/** The self-test's file name. */
	public static final String SELF_TEST = "ptl_selftest.c";

	private final CStyle style;
	private final List<ClaimSet> claimSets;
	private final List<Encoding> encodings;

	/**
	 * @param style     kernel or user space
	 * @param claimSets every claim set loaded with the sources (claims on one descriptor meet across files)
	 * @param encodings every encoding loaded with the sources (for the self-test's samples)
	 */
	public CGenerator(CStyle style, List<ClaimSet> claimSets, List<Encoding> encodings) {
		this.style = style;
		this.claimSets = claimSets;
		this.encodings = encodings;
	}

	/** The headers (sorted by name) and, when asked, the self-test; nothing when names clash. */
	public List<GeneratedFile> generate(List<GenerationSource> sources, boolean selfTest) throws NameClashException {
		CNames names = new CNames();
		CNames fileNames = new CNames();
		Map<String, GenerationSource> byHeader = new LinkedHashMap<>();
		for (GenerationSource source : sources) {
			if (CHeader.hasContent(source)) {
				String header = headerName(source.shownAs());
				fileNames.define(header, source.model());
				byHeader.putIfAbsent(header, source);
			}
		}
		List<NameClash> clashes = new ArrayList<>(fileNames.clashes());
		List<String> headerNames = new ArrayList<>(byHeader.keySet());
		headerNames.sort(null);
		List<GeneratedFile> files = new ArrayList<>();
		CHeader header = new CHeader(style, names, claimSets);
		List<GenerationSource> generated = new ArrayList<>();
		for (String name : headerNames) {
			files.add(header.generate(byHeader.get(name), name));
			generated.add(byHeader.get(name));
		}
		clashes.addAll(names.clashes());
		if (!clashes.isEmpty()) {
			throw new NameClashException(clashes);
		}
		if (selfTest && !files.isEmpty()) {
			List<Format> formats = new ArrayList<>();
			List<Encoding> generatedEncodings = new ArrayList<>();
			for (GenerationSource source : generated) {
				source.model().getElements().forEach(element -> {
					if (element instanceof Format format) {
						formats.add(format);
					} else if (element instanceof Encoding encoding) {
						generatedEncodings.add(encoding);
					}
				});
			}
			files.add(new CSelfTest(style, claimSets, encodings).generate(headerNames, formats, generatedClaims(generated),
					generatedEncodings));
		}
		return files;
	}

	private static List<ClaimSet> generatedClaims(List<GenerationSource> sources) {
		List<ClaimSet> sets = new ArrayList<>();
		for (GenerationSource source : sources) {
			source.model().getElements().stream().filter(ClaimSet.class::isInstance).map(ClaimSet.class::cast).forEach(sets::add);
		}
		return sets;
	}

	/** claims.ptl gives claims.h; the directories do not count. */
	public static String headerName(String shownAs) {
		String file = shownAs.replace('\\', '/');
		file = file.substring(file.lastIndexOf('/') + 1);
		if (file.endsWith(".ptl")) {
			file = file.substring(0, file.length() - 4);
		}
		return CNames.lower(file) + ".h";
	}
}
