package org.ptl.lang.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ptl.lang.resource.NestingDepth;
import org.ptl.lang.util.TextPositions;

/**
 * Where a text's positions are and how deep it may nest: line and column for every kind of line end
 * (and at and past the end), and the bracket and operator limits, which must not count brackets in
 * comments or strings.
 */
class TextLimitsTest {

	@Test
	void linesEndInLfCrlfOrALoneCr() {
		assertArrayEquals(new int[] { 2, 1 }, TextPositions.lineAndColumn("a\nb", 2));
		assertArrayEquals(new int[] { 2, 1 }, TextPositions.lineAndColumn("a\r\nb", 3));
		assertArrayEquals(new int[] { 2, 1 }, TextPositions.lineAndColumn("a\rb", 2));
		assertArrayEquals(new int[] { 1, 2 }, TextPositions.lineAndColumn("a\r\nb", 1), "the CR of a CRLF ends no line yet");
	}

	@Test
	void theEndOfAFileEndingInCrIsTheStartOfTheNextLine() {
		assertArrayEquals(new int[] { 2, 1 }, TextPositions.lineAndColumn("format f {\r", 11));
		assertArrayEquals(new int[] { 2, 1 }, TextPositions.lineAndColumn("format f {\r", 500), "clamped to the end");
		assertArrayEquals(new int[] { 1, 1 }, TextPositions.lineAndColumn("format", -3), "clamped to the start");
		assertArrayEquals(new int[] { 1, 1 }, TextPositions.lineAndColumn("", 0));
	}

	@Test
	void bracketsDeeperThanTheLimitAreFoundAtTheFirstOneTooDeep() {
		String ok = "(".repeat(NestingDepth.MAX) + ")".repeat(NestingDepth.MAX);
		assertNull(NestingDepth.find(ok));
		String deep = "x " + "[".repeat(NestingDepth.MAX + 1);
		NestingDepth.TooDeep tooDeep = NestingDepth.find(deep);
		assertEquals(2 + NestingDepth.MAX, tooDeep.offset());
		assertFalse(tooDeep.operators());
	}

	@Test
	void bracketsInCommentsAndStringsDoNotCount() {
		String brackets = "(".repeat(NestingDepth.MAX + 1);
		assertNull(NestingDepth.find("// " + brackets + "\nformat f {}"));
		assertNull(NestingDepth.find("/* " + brackets + " */ format f {}"));
		assertNull(NestingDepth.find("format f \"" + brackets + "\" {}"));
	}

	@Test
	void operatorsOfOnePredicateAreLimitedAndCountedPerInvariant() {
		String many = "invariant i: " + "a and ".repeat(NestingDepth.MAX_OPERATORS) + "a\n";
		assertNull(NestingDepth.find(many + many), "each invariant has its own budget");
		NestingDepth.TooDeep tooDeep = NestingDepth.find("invariant i: " + "a or ".repeat(NestingDepth.MAX_OPERATORS + 1) + "a");
		assertTrue(tooDeep.operators());
		assertEquals("invariant i: ".length() + 5 * NestingDepth.MAX_OPERATORS + 2, tooDeep.offset());
	}
}
