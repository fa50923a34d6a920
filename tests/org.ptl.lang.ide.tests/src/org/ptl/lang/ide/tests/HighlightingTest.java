package org.ptl.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ptl.lang.ide.highlighting.PtlHighlightingStyles;

/**
 * Semantic highlighting marks states and components wherever they are named, declarations by kind,
 * bit ranges and check ids.
 */
class HighlightingTest {

	private static String text;
	private static final Map<Integer, String> STYLES = new HashMap<>();
	private static final Map<Integer, Integer> LENGTHS = new HashMap<>();

	@BeforeAll
	static void highlightTheV515Model() {
		Path file = IdeTestSupport.example("pkvm/ownership_v5_15.ptl");
		text = IdeTestSupport.read(file) + "\nseverity \"encoding.unused\" error\n";
		XtextResource resource = IdeTestSupport.parse(text, file);
		IdeTestSupport.INJECTOR.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> {
					STYLES.put(offset, String.join(",", ids));
					LENGTHS.put(offset, length);
				}, CancelIndicator.NullImpl);
	}

	private static String styleOf(String context, String word) {
		int offset = text.indexOf(context);
		assertTrue(offset >= 0, context);
		offset += context.indexOf(word);
		assertEquals(word.length(), LENGTHS.getOrDefault(offset, -1), "highlighted length of " + word);
		return STYLES.get(offset);
	}

	@Test
	void statesAreHighlightedWhereDeclaredAndWhereUsed() {
		assertEquals(PtlHighlightingStyles.STATE, styleOf("state SHARED_BORROWED", "SHARED_BORROWED"));
		assertEquals(PtlHighlightingStyles.STATE, styleOf("completer NOPAGE -> SHARED_BORROWED", "NOPAGE"));
		assertEquals(PtlHighlightingStyles.STATE, styleOf("in { SHARED_BORROWED }", "SHARED_BORROWED"));
		assertEquals(PtlHighlightingStyles.STATE, styleOf("    SHARED_OWNED    = 0b01", "SHARED_OWNED"));
	}

	@Test
	void componentsAndRulesHaveTheirOwnStyles() {
		assertEquals(PtlHighlightingStyles.COMPONENT, styleOf("component host", "host"));
		assertEquals(PtlHighlightingStyles.RULE, styleOf("transition donate", "donate"));
		assertEquals(PtlHighlightingStyles.DECLARATION, styleOf("ownership pkvm_v5_15", "pkvm_v5_15"));
	}

	@Test
	void checkIdsAreHighlighted() {
		assertEquals(PtlHighlightingStyles.CHECK_ID, styleOf("\"encoding.unused\"", "\"encoding.unused\""));
	}

	@Test
	void bitRangesAreHighlighted() {
		String claims = IdeTestSupport.read(IdeTestSupport.example("pkvm/claims.ptl"));
		Map<Integer, String> styles = stylesOf("pkvm/claims.ptl");
		assertEquals(List.of(PtlHighlightingStyles.BITS) + ":7", styles.get(claims.indexOf("[56:55]")));
	}

	@Test
	void flagsAndTransitionsStandOutInScenarios() {
		String scenarios = IdeTestSupport.read(IdeTestSupport.example("kvm/walker_scenarios.ptl"));
		Map<Integer, String> styles = stylesOf("kvm/walker_scenarios.ptl");
		String map = "prot R, W";
		assertEquals(List.of(PtlHighlightingStyles.FLAG) + ":1", styles.get(scenarios.indexOf(map) + map.indexOf("W")));
		String outcome = "returning status_retry";
		assertEquals(List.of(PtlHighlightingStyles.FLAG) + ":12",
				styles.get(scenarios.indexOf(outcome) + outcome.indexOf("status_retry")));

		String pkvm = IdeTestSupport.read(IdeTestSupport.example("pkvm/scenarios_v5_15.ptl"));
		Map<Integer, String> pkvmStyles = stylesOf("pkvm/scenarios_v5_15.ptl");
		String step = "host share page 3 with hyp";
		int at = pkvm.indexOf(step);
		assertEquals(List.of(PtlHighlightingStyles.COMPONENT) + ":4", pkvmStyles.get(at));
		assertEquals(List.of(PtlHighlightingStyles.RULE) + ":5", pkvmStyles.get(at + step.indexOf("share")));
		assertEquals(List.of(PtlHighlightingStyles.COMPONENT) + ":3", pkvmStyles.get(at + step.indexOf("hyp")));
	}

	/** The styles of a bundled example by offset, as "[style]:length". */
	private static Map<Integer, String> stylesOf(String example) {
		Path file = IdeTestSupport.example(example);
		XtextResource resource = IdeTestSupport.parse(IdeTestSupport.read(file), file);
		Map<Integer, String> styles = new HashMap<>();
		IdeTestSupport.INJECTOR.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> styles.put(offset, List.of(ids) + ":" + length), CancelIndicator.NullImpl);
		return styles;
	}
}
