package org.ptl.lang.ide.tests;

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
import org.ptl.lang.ide.PtlIdeSetup;

import com.google.inject.Injector;

/** The IDE injector (runtime and IDE-neutral services together), and texts parsed and validated with it. */
final class IdeTestSupport {

	static final Injector INJECTOR = new PtlIdeSetup().createInjectorAndDoEMFRegistration();

	private IdeTestSupport() {
	}

	static Path example(String relative) {
		String root = System.getProperty("ptl.root");
		Path base = root == null ? Path.of("../..").toAbsolutePath().normalize() : Path.of(root);
		return base.resolve("examples").resolve(relative);
	}

	static XtextResource parse(String text, Path path) {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(path.toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** Every issue of the resource, with the severities the user's settings give them. */
	static List<Issue> validate(XtextResource resource) {
		return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** The offset of {@code word} inside the first occurrence of {@code context}. */
	static int offsetOf(String text, String context, String word) {
		int at = text.indexOf(context);
		if (at < 0 || context.indexOf(word) < 0) {
			throw new IllegalArgumentException("no '" + word + "' in '" + context + "' in the text");
		}
		return at + context.indexOf(word);
	}

	static String read(Path path) {
		try {
			return Files.readString(path);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
