package org.ptl.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ptl.lang.formatting2.PtlTextFormatter;

/**
 * Every bundled example parses and checks without a single diagnostic, is already in the layout
 * the formatter produces, and survives a serialize-and-parse round trip unchanged.
 */
class ExamplesTest {

	static Stream<Path> examples() throws IOException {
		try (Stream<Path> walk = Files.walk(PtlTestSupport.root().resolve("examples"))) {
			List<Path> files = walk.filter(p -> p.toString().endsWith(".ptl")).sorted().toList();
			assertFalse(files.isEmpty(), "no examples found");
			return files.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void checksWithoutDiagnostics(Path example) {
		XtextResource resource = PtlTestSupport.load(example, PtlTestSupport.newResourceSet());
		List<Issue> issues = PtlTestSupport.validate(resource);
		assertTrue(issues.isEmpty(), PtlTestSupport.describe(issues));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void isFormattedCanonically(Path example) throws IOException {
		XtextResource resource = PtlTestSupport.load(example, PtlTestSupport.newResourceSet());
		String formatted = PtlTestSupport.INJECTOR.getInstance(PtlTextFormatter.class).format(resource);
		assertEquals(Files.readString(example), formatted);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void serializesToAnEqualModel(Path example) {
		XtextResourceSet resourceSet = PtlTestSupport.newResourceSet();
		XtextResource original = PtlTestSupport.load(example, resourceSet);
		EcoreUtil.resolveAll(original);
		String serialized = PtlTestSupport.INJECTOR.getInstance(ISerializer.class).serialize(original.getContents().get(0));
		Path sibling = example.resolveSibling("reserialized-" + example.getFileName());
		XtextResource reparsed = PtlTestSupport.parse(serialized, sibling, resourceSet);
		assertTrue(reparsed.getErrors().isEmpty(), () -> serialized + "\n" + reparsed.getErrors());
		EcoreUtil.resolveAll(reparsed);
		assertTrue(EcoreUtil.equals(original.getContents().get(0), reparsed.getContents().get(0)), serialized);
	}
}
