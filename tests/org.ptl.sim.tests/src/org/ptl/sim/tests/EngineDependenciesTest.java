package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The simulation runtime stays below the language layer (STYLE.md 2): org.ptl.sim requires the EMF
 * model bundle and Sat4j (a plain-Java SAT solver, no Eclipse runtime, for the layout prover) only, and none of its sources imports Xtext, Guice or the language bundle, so it
 * runs on a model however the model was made. Only these tests parse .ptl text.
 */
class EngineDependenciesTest {

	private static final Path ENGINE = Models.root().resolve("plugins/org.ptl.sim");
	private static final Pattern UPWARD = Pattern
			.compile("import (static )?(org\\.eclipse\\.xtext|com\\.google\\.inject|org\\.ptl\\.lang)\\b");

	@Test
	void theBundleRequiresTheModelAndTheSolverOnly() throws IOException {
		Manifest manifest;
		try (var in = Files.newInputStream(ENGINE.resolve("META-INF/MANIFEST.MF"))) {
			manifest = new Manifest(in);
		}
		String required = manifest.getMainAttributes().getValue("Require-Bundle");
		List<String> names = Stream.of(required.replaceAll("\"[^\"]*\"", "").split(","))
				.map(clause -> clause.replaceAll(";.*", "").trim()).toList();
		assertEquals(List.of("org.ptl.model", "org.sat4j.core"), names, "the bundles org.ptl.sim requires: " + required);
		assertEquals(null, manifest.getMainAttributes().getValue("Import-Package"), "org.ptl.sim imports no package");
	}

	@Test
	void noSourceImportsTheLanguageLayer() throws IOException {
		List<String> offending;
		try (Stream<Path> sources = Files.walk(ENGINE.resolve("src"))) {
			offending = sources.filter(p -> p.toString().endsWith(".java"))
					.flatMap(EngineDependenciesTest::upwardImports).toList();
		}
		assertEquals(List.of(), offending, "imports of Xtext, Guice or org.ptl.lang in org.ptl.sim");
	}

	/** "Walker.java: import org.eclipse.xtext..." for each import of the language layer. */
	private static Stream<String> upwardImports(Path source) {
		try {
			return Files.readAllLines(source).stream()
					.filter(line -> UPWARD.matcher(line).lookingAt())
					.map(line -> source.getFileName() + ": " + line);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
