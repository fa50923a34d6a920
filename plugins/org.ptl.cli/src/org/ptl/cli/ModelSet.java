package org.ptl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.ptl.cli.SourceFiles.Source;
import org.ptl.lang.validation.InternalFailures;
import org.ptl.lang.validation.PtlCheck;

import com.google.inject.Injector;

/**
 * The .ptl files of one command, loaded together into one resource set (so that references and
 * software-bit claims across files meet), and their diagnostics as {@link Finding}s. Files that are
 * not UTF-8 text are reported and left out instead of being parsed.
 */
final class ModelSet {

	private final XtextResourceSet resourceSet;
	private final IResourceValidator validator;
	private final ParallelParser parser;
	private final Map<Source, Resource> loaded = new LinkedHashMap<>();
	private final List<Finding> loadFindings = new ArrayList<>();
	private final List<String> internalFailures = new ArrayList<>();

	ModelSet(Injector injector) {
		this.resourceSet = injector.getInstance(XtextResourceSet.class);
		this.resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, "UTF-8");
		this.validator = injector.getInstance(IResourceValidator.class);
		this.parser = new ParallelParser(injector);
	}

	/** Reads and parses every source; an unreadable source is a usage error. */
	void load(List<Source> sources) throws UsageException {
		List<Source> texts = new ArrayList<>();
		List<URI> uris = new ArrayList<>();
		List<byte[]> contents = new ArrayList<>();
		for (Source source : sources) {
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(source.path());
			} catch (IOException | OutOfMemoryError unreadable) {
				throw new UsageException(source.shownAs() + ": cannot read this file (" + unreadable.getMessage() + ")");
			}
			Optional<TextCheck.NotText> notText = TextCheck.check(bytes);
			if (notText.isPresent()) {
				loadFindings.add(new Finding(source.shownAs(), notText.get().line(), notText.get().column(),
						Finding.Level.ERROR, notText.get().reason(), PtlCheck.SYNTAX_ENCODING.id()));
				continue;
			}
			texts.add(source);
			uris.add(URI.createFileURI(source.path().toString()));
			contents.add(bytes);
		}
		List<ParallelParser.Parsed> parsed = parser.parse(uris, contents);
		for (int i = 0; i < texts.size(); i++) {
			ParallelParser.Parsed result = parsed.get(i);
			if (result.resource() != null) {
				resourceSet.getResources().add(result.resource());
				loaded.put(texts.get(i), result.resource());
			} else if (result.failure() instanceof StackOverflowError) {
				loadFindings.add(new Finding(texts.get(i).shownAs(), 1, 1, Finding.Level.ERROR,
						"cannot parse this file: it nests too deeply", PtlCheck.SYNTAX_ERROR.id()));
			} else {
				internalFailures.add(texts.get(i).shownAs() + ": cannot parse: "
						+ InternalFailures.describe(result.failure()));
			}
		}
	}

	/**
	 * The diagnostics of every loaded source and of every file they import (directly or not), each
	 * at its own location, sorted. Failures of PTL itself met on the way are not findings: they are
	 * kept apart ({@link #internalFailures()}).
	 */
	List<Finding> validate() {
		List<Finding> findings = new ArrayList<>(loadFindings);
		Map<Resource, String> validated = new LinkedHashMap<>();
		loaded.forEach((source, resource) -> validated.put(resource, null));
		for (Map.Entry<Source, Resource> entry : loaded.entrySet()) {
			validate(entry.getValue(), entry.getKey().shownAs(), findings);
		}
		// validating (linking) loads the imported files: validate those too, until no new file appears
		for (boolean more = true; more;) {
			more = false;
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				if (!validated.containsKey(resource)) {
					validated.put(resource, null);
					validate(resource, ImportedFiles.shownAs(resource), findings);
					more = true;
				}
			}
		}
		findings.sort(Finding.ORDER);
		return findings;
	}

	/** Failures of PTL itself found by {@link #validate()}, one line each ("file:line: what"). */
	List<String> internalFailures() {
		return List.copyOf(internalFailures);
	}

	private void validate(Resource resource, String file, List<Finding> findings) {
		try {
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				if (InternalFailures.isInternal(issue)) {
					internalFailures.add(file + ":" + Math.max(1, issue.getLineNumber() == null ? 1 : issue.getLineNumber())
							+ ": " + issue.getMessage());
				} else {
					findings.add(toFinding(file, issue));
				}
			}
		} catch (RuntimeException failure) {
			internalFailures.add(file + ": " + InternalFailures.describe(failure));
		} catch (StackOverflowError tooDeep) {
			findings.add(new Finding(file, 1, 1, Finding.Level.ERROR, "cannot check this file: it nests too deeply",
					PtlCheck.SYNTAX_ERROR.id()));
		}
	}

	/** Findings of loading: sources that are not text, or that cannot be parsed at all. */
	List<Finding> loadFindings() {
		return List.copyOf(loadFindings);
	}

	Map<Source, Resource> resources() {
		return loaded;
	}

	/** Every resource loaded, the files' imports included. */
	List<Resource> allResources() {
		return new ArrayList<>(resourceSet.getResources());
	}

	private static Finding toFinding(String file, Issue issue) {
		int line = issue.getLineNumber() == null || issue.getLineNumber() < 1 ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null || issue.getColumn() < 1 ? 1 : issue.getColumn();
		Finding.Level level = switch (issue.getSeverity()) {
		case ERROR -> Finding.Level.ERROR;
		case WARNING -> Finding.Level.WARNING;
		default -> Finding.Level.INFO;
		};
		String check = issue.getCode() == null ? "ptl" : issue.getCode();
		return new Finding(file, line, column, level, issue.getMessage(), check);
	}

}
