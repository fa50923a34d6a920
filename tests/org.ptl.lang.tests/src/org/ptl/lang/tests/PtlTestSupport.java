package org.ptl.lang.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.ptl.lang.PtlStandaloneSetup;

import com.google.inject.Injector;

/**
 * Shared helpers of the language tests: one injector, fresh resource sets, .ptl text or files
 * parsed into resources, and their diagnostics as every face reports them.
 */
final class PtlTestSupport {

	static final Injector INJECTOR = new PtlStandaloneSetup().createInjectorAndDoEMFRegistration();

	private PtlTestSupport() {
	}

	static Path root() {
		String root = System.getProperty("ptl.root");
		return root == null ? Path.of("../..").toAbsolutePath().normalize() : Path.of(root);
	}

	static XtextResourceSet newResourceSet() {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, "UTF-8");
		return resourceSet;
	}

	/** Parses text as if it were the file at {@code path} (imports resolve relative to it). */
	static XtextResource parse(String text, Path path, XtextResourceSet resourceSet) {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(path.toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	static XtextResource parse(String text) {
		return parse(text, Path.of("/virtual/test.ptl"), newResourceSet());
	}

	static XtextResource load(Path file, XtextResourceSet resourceSet) {
		try {
			return parse(Files.readString(file), file.toAbsolutePath(), resourceSet);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Issue> validate(XtextResource resource) {
		return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	static List<String> codes(List<Issue> issues) {
		return issues.stream().map(Issue::getCode).toList();
	}

	static String describe(List<Issue> issues) {
		return String.join("\n", issues.stream().map(i -> i.getLineNumber() + ": " + i.getMessage() + " [" + i.getCode() + "]").toList());
	}
}
