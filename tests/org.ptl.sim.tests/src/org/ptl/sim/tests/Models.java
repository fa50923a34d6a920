package org.ptl.sim.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.ptl.lang.PtlStandaloneSetup;
import org.ptl.lang.util.LoadedElements;
import org.ptl.model.Element;

import com.google.inject.Injector;

/**
 * .ptl files parsed into the EMF model the engine runs on: the bundled examples (found relative to
 * the repository, as the language tests find them, and loaded once for all tests) and this bundle's
 * fixtures, each set in one resource set with every reference resolved. The parser is used here
 * only; the engine itself sees nothing but EMF.
 */
final class Models {

	private static final Injector INJECTOR = new PtlStandaloneSetup().createInjectorAndDoEMFRegistration();

	/** Every bundled example, loaded once for all tests (the engine never changes the model). */
	static final Models EXAMPLES = load(root().resolve("examples"));

	private final List<Resource> resources;

	private Models(List<Resource> resources) {
		this.resources = resources;
	}

	static Path root() {
		String root = System.getProperty("ptl.root");
		return root == null ? Path.of("../..").toAbsolutePath().normalize() : Path.of(root);
	}

	static Path fixture(String name) {
		return root().resolve("tests/org.ptl.sim.tests/fixtures").resolve(name);
	}

	/** Loads every .ptl file under the directory (or the file), with what they import. */
	static Models load(Path path) {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, "UTF-8");
		try (Stream<Path> walk = Files.walk(path)) {
			for (Path file : walk.filter(p -> p.toString().endsWith(".ptl")).sorted().toList()) {
				resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(resourceSet);
		List<Resource> loaded = new ArrayList<>(resourceSet.getResources());
		for (Resource resource : loaded) {
			if (!resource.getErrors().isEmpty()) {
				throw new IllegalStateException(resource.getURI() + " does not parse: " + resource.getErrors());
			}
		}
		return new Models(loaded);
	}

	/** Every element of a type, in file order. */
	<T extends Element> List<T> all(Class<T> type) {
		return LoadedElements.in(resources, type);
	}

	/** The element of a type with the name; fails the test when there is none. */
	<T extends Element> T named(Class<T> type, String name) {
		return all(type).stream().filter(element -> name.equals(element.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " '" + name + "' in the models"));
	}
}
