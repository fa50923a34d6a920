package org.ptl.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.ptl.lang.ide.quickfix.PtlFix;
import org.ptl.lang.ide.quickfix.PtlFixes;

/**
 * Each quick fix, applied to a text that triggers its check, leaves a text without that check's
 * diagnostic and without a new error; a claim with no free bits to move to gets no fix; the language
 * server offers the same fixes as code actions.
 */
class QuickFixTest {

	private static final Path FILE = Path.of("/virtual/fixes.ptl");
	private static final PtlFixes FIXES = IdeTestSupport.INJECTOR.getInstance(PtlFixes.class);

	private static final String FORMAT = """
			format f {
			    granule 4K
			    input 48 bits
			    levels 0..3
			    page descriptor page at level 3 {
			        valid    [0] = 1
			        software [58:55] software
			    }
			}
			""";

	private static final String MODEL = FORMAT + """
			claims c on f.page.software {
			    claim state [56:55]
			}

			ownership m {
			    state A
			    state B
			    state C
			    initially A
			    component host initially A
			    component hyp
			    transition give {
			        initiator A -> B
			        completer C -> A
			    }
			    transition take {
			        initiator B -> A
			        completer A -> C
			    }
			}

			encoding e of m in c.state {
			    A = 0b00
			    B = 0b01 // comment stays with B
			    C = 0b10
			    reserved 0b11 "lending"
			}
			""";

	@Test
	void theModelTheFixturesStartFromIsClean() {
		List<Issue> issues = IdeTestSupport.validate(IdeTestSupport.parse(MODEL, FILE));
		assertEquals(Set.of(), errorCodes(issues), issues.toString());
		assertTrue(issues.stream().noneMatch(i -> PtlFixes.FIXABLE_IDS.contains(i.getCode())), issues.toString());
	}

	@Test
	void anOverlappingClaimMovesToTheNextFreeBits() {
		String text = MODEL.replace("    claim state [56:55]\n", "    claim state [56:55]\n    claim ttl [56:55]\n");
		String fixed = applyOnlyFix(text, "claims.overlap", "Move claim 'ttl' to free bits [58:57]");
		assertTrue(fixed.contains("claim ttl [58:57]"), fixed);
	}

	@Test
	void aClaimWithNoFreeBitsGetsNoFix() {
		String text = MODEL.replace("    claim state [56:55]\n",
				"    claim state [56:55]\n    claim dirty [58:57]\n    claim ttl [56:55]\n");
		XtextResource resource = IdeTestSupport.parse(text, FILE);
		Issue overlap = issue(IdeTestSupport.validate(resource), "claims.overlap");
		assertEquals(List.of(), FIXES.fixesFor(resource, overlap));
	}

	@Test
	void anUnusedValueIsDeclaredReserved() {
		String text = MODEL.replace("    reserved 0b11 \"lending\"\n", "");
		String fixed = applyOnlyFix(text, "encoding.unused", "Declare 0b11 reserved");
		assertTrue(fixed.contains("    C = 0b10\n    reserved 0b11 \"not used by any state\"\n}"), fixed);
	}

	@Test
	void aStateWithoutEncodingIsDeclaredNotEncodedOrGivenAFreeValue() {
		String text = MODEL.replace("    C = 0b10\n", "");
		List<String> labels = fixesFor(text, "encoding.state-missing").stream().map(PtlFix::label).toList();
		assertEquals(List.of("Declare 'C' not encoded", "Encode 'C' as 0b10"), labels);
		String notEncoded = applyFix(text, "encoding.state-missing", "Declare 'C' not encoded");
		assertTrue(notEncoded.contains("    reserved 0b11 \"lending\"\n    C not encoded\n}"), notEncoded);
		String encoded = applyFix(text, "encoding.state-missing", "Encode 'C' as 0b10");
		assertTrue(encoded.contains("    reserved 0b11 \"lending\"\n    C = 0b10\n}"), encoded);
	}

	@Test
	void aStateSharingAValueGetsAFreeOneOrIsNotEncoded() {
		String text = MODEL.replace("    C = 0b10\n", "    C = 0b01\n");
		List<String> labels = fixesFor(text, "encoding.duplicate").stream().map(PtlFix::label).toList();
		assertEquals(List.of("Encode 'C' as 0b10", "Declare 'C' not encoded"), labels);
		assertTrue(applyFix(text, "encoding.duplicate", "Encode 'C' as 0b10").contains("    C = 0b10\n"));
		assertTrue(applyFix(text, "encoding.duplicate", "Declare 'C' not encoded").contains("    C not encoded\n"));
	}

	@Test
	void aStateSharingAValueTakesOneThatIsOnlyReservedWhenNoneIsFree() {
		String text = MODEL.replace("    C = 0b10\n", "    C = 0b01\n    reserved 0b10\n");
		String fixed = applyFix(text, "encoding.duplicate", "Encode 'C' as 0b10, which is only reserved");
		assertTrue(fixed.contains("    C = 0b10\n    reserved 0b11 \"lending\"\n}"), fixed);
	}

	@Test
	void aStateEncodedTwiceLosesItsSecondLine() {
		String text = MODEL.replace("    C = 0b10\n", "    C = 0b10\n    A = 0b00 // again\n");
		String fixed = applyOnlyFix(text, "encoding.duplicate", "Remove the second encoding of 'A'");
		assertEquals(MODEL, fixed);
	}

	@Test
	void aReservedValueThatRepeatsAStatesGoes() {
		String text = MODEL.replace("    C = 0b10\n", "    C = 0b10\n    reserved 0b10 \"again\"\n");
		assertEquals(MODEL, applyOnlyFix(text, "encoding.duplicate", "Remove the duplicate reserved 0b10"));
	}

	@Test
	void aNewLineGoesAfterTheCommentThatEndsTheLastEntry() {
		String text = MODEL.replace("    C = 0b10\n", "").replace("    reserved 0b11 \"lending\"\n", "");
		String fixed = applyFix(text, "encoding.state-missing", "Declare 'C' not encoded");
		assertTrue(fixed.contains("    B = 0b01 // comment stays with B\n    C not encoded\n}"), fixed);
	}

	@Test
	void anUnknownStateIsDeclaredInItsModel() {
		String text = MODEL.replace("completer A -> C\n", "completer A -> LENT\n");
		String fixed = applyOnlyFix(text, "ownership.unknown-state", "Declare state 'LENT' in ownership model 'm'");
		assertTrue(fixed.contains("    state C\n    state LENT\n    initially A"), fixed);
	}

	@Test
	void theLanguageServerAdvertisesAndOffersTheFixes() {
		IResourceServiceProvider services = IdeTestSupport.INJECTOR.getInstance(IResourceServiceProvider.class);
		assertInstanceOf(QuickFixCodeActionService.class, services.get(ICodeActionService2.class));

		String text = MODEL.replace("    C = 0b10\n", "");
		XtextResource resource = IdeTestSupport.parse(text, FILE);
		Issue issue = issue(IdeTestSupport.validate(resource), "encoding.state-missing");
		Document document = new Document(1, text);
		Diagnostic diagnostic = new Diagnostic(new Range(document.getPosition(issue.getOffset()),
				document.getPosition(issue.getOffset() + issue.getLength())), issue.getMessage(),
				DiagnosticSeverity.Warning, "ptl", issue.getCode());
		diagnostic.setData(issue.getData());
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(document);
		options.setResource(resource);
		IQuickFixProvider provider = IdeTestSupport.INJECTOR.getInstance(IQuickFixProvider.class);
		assertTrue(provider.handlesDiagnostic(diagnostic));
		List<String> labels = provider.getResolutions(options, diagnostic).stream().map(DiagnosticResolution::getLabel)
				.toList();
		assertEquals(fixesFor(text, "encoding.state-missing").stream().map(PtlFix::label).toList(), labels);

		diagnostic.setCode("encoding.too-wide");
		assertFalse(provider.handlesDiagnostic(diagnostic));
	}

	/** Applies the one fix offered for the check and returns the fixed text, after checking it. */
	private static String applyOnlyFix(String text, String checkId, String label) {
		assertEquals(List.of(label), fixesFor(text, checkId).stream().map(PtlFix::label).toList());
		return applyFix(text, checkId, label);
	}

	/**
	 * Applies the fix with the label to the first issue of the check, and checks the result: the
	 * check is gone and no error appeared that the text did not have before.
	 */
	private static String applyFix(String text, String checkId, String label) {
		XtextResource resource = IdeTestSupport.parse(text, FILE);
		List<Issue> before = IdeTestSupport.validate(resource);
		PtlFix fix = FIXES.fixesFor(resource, issue(before, checkId)).stream().filter(f -> f.label().equals(label))
				.findFirst().orElseThrow();
		String fixed = fix.applyTo(text);
		List<Issue> after = IdeTestSupport.validate(IdeTestSupport.parse(fixed, FILE));
		assertTrue(after.stream().noneMatch(i -> checkId.equals(i.getCode())), after.toString());
		Set<String> newErrors = errorCodes(after);
		newErrors.removeAll(errorCodes(before));
		assertEquals(Set.of(), newErrors, after.toString());
		return fixed;
	}

	private static List<PtlFix> fixesFor(String text, String checkId) {
		XtextResource resource = IdeTestSupport.parse(text, FILE);
		return FIXES.fixesFor(resource, issue(IdeTestSupport.validate(resource), checkId));
	}

	private static Issue issue(List<Issue> issues, String checkId) {
		return issues.stream().filter(i -> checkId.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + checkId + " in " + issues));
	}

	private static Set<String> errorCodes(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).map(Issue::getCode)
				.collect(Collectors.toSet());
	}
}
