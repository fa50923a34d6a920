package org.ptl.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.ptl.cli.SourceFiles.Source;
import org.ptl.gen.GenerationSource;
import org.ptl.gen.NameClash;
import org.ptl.gen.NameClashException;
import org.ptl.model.PtlModel;

/**
 * The files a generator works on: the files and directories named, and every file they import (a
 * header for claims means little without the descriptors they lie in), loaded and validated
 * together. Files with errors generate nothing: their errors go to stderr and the command exits 1;
 * a path that cannot be read exits 2.
 */
final class GenerationInput {

	/** The generation check id of two elements that get one name in the output. */
	static final String NAME_CLASH = "generate.name-clash";

	private final List<GenerationSource> sources = new ArrayList<>();
	private final Map<Resource, String> shownAs = new LinkedHashMap<>();
	private List<Resource> resources = List.of();
	private int exitCode = ExitCodes.OK;

	private GenerationInput() {
	}

	static GenerationInput load(PtlCommand ptl, List<String> paths, PrintWriter err) {
		GenerationInput input = new GenerationInput();
		ModelSet models = new ModelSet(ptl.injector());
		try {
			models.load(SourceFiles.collect(paths));
		} catch (UsageException usage) {
			input.exitCode = ptl.usageError(usage.getMessage());
			return input;
		}
		List<Finding> errors = models.validate().stream().filter(f -> f.severity() == Finding.Level.ERROR).toList();
		if (!models.internalFailures().isEmpty()) {
			throw new InternalFailure(models.internalFailures());
		}
		if (!errors.isEmpty()) {
			errors.forEach(finding -> err.println(finding.gccStyle()));
			err.println("ptl: not generating: the files have " + errors.size() + " error" + (errors.size() == 1 ? "" : "s"));
			err.flush();
			input.exitCode = ExitCodes.FINDINGS;
			return input;
		}
		for (Map.Entry<Source, Resource> entry : models.resources().entrySet()) {
			input.shownAs.put(entry.getValue(), entry.getKey().shownAs());
		}
		input.resources = models.allResources();
		for (Resource resource : input.resources) {
			input.shownAs.computeIfAbsent(resource, ImportedFiles::shownAs);
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PtlModel model) {
				input.sources.add(new GenerationSource(input.shownAs.get(resource), model));
			}
		}
		return input;
	}

	boolean failed() {
		return exitCode != ExitCodes.OK;
	}

	int exitCode() {
		return exitCode;
	}

	List<GenerationSource> sources() {
		return sources;
	}

	List<Resource> resources() {
		return resources;
	}

	/** Prints every clash as an error at the second element and a note at the first; returns exit code 1. */
	int report(NameClashException clashes, PrintWriter err) {
		ElementLocations locations = new ElementLocations(shownAs);
		for (NameClash clash : clashes.clashes()) {
			String second = describe(clash.second());
			String first = describe(clash.first());
			err.println(locations.at(clash.second(), Finding.Level.ERROR, second + " and " + first + " both become '"
					+ clash.generatedName() + "' in the generated code: rename one", NAME_CLASH).gccStyle());
			err.println(locations.at(clash.first(), Finding.Level.INFO, first + " is here", NAME_CLASH).gccStyle());
		}
		err.println("ptl: not generating: " + clashes.getMessage());
		err.flush();
		return ExitCodes.FINDINGS;
	}

	private static String describe(org.eclipse.emf.ecore.EObject element) {
		if (element instanceof PtlModel) {
			return "file '" + (element.eResource() == null ? "?" : element.eResource().getURI().lastSegment()) + "'";
		}
		return element.eClass().getName().toLowerCase() + " '" + org.ptl.gen.QualifiedNames.of(element) + "'";
	}
}
