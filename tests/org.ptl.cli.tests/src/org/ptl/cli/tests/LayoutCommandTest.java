package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code ptl layout} and {@code ptl explore} on address-space layouts: the calculator gives the
 * worked example of DOMAIN.md §10 for 6.x, and the 2020 LX2160A inputs on the 5.4 layout put the
 * idmap page inside the HYP range (exit 1); JSON parses and carries the same numbers; the SVG picture
 * is a well-formed drawing; bad {@code --set} values are usage errors (exit 2). The explorer proves
 * every bundled era for every input and gives a counterexample on the 5.4 twin.
 */
class LayoutCommandTest {

	private static final String SIX_X = "examples/layout/hyp_va_6_x.ptl";
	private static final String FIVE_FOUR = "tests/org.ptl.cli.tests/fixtures/twins/hyp_va_5_4.ptl";
	/** The LX2160A of the 2020 report: 39-bit VAs, the idmap page at 0x81a26000, DRAM up to 140 GiB. */
	private static final String[] LX2160A = { "--set", "va_bits=39", "--set", "idmap_pa=0x81a26000", "--set",
			"dram_start_va=0xffffff8000000000", "--set", "dram_end_va=0xffffffa2ffffffff" };

	@TempDir
	Path temporary;

	private static Cli.Result layout(String file, String... options) {
		String[] args = new String[options.length + 2];
		args[0] = "layout";
		args[1] = Cli.root().resolve(file).toString();
		System.arraycopy(options, 0, args, 2, options.length);
		return Cli.run(args);
	}

	@Test
	void theWorkedExampleOfSixX() {
		Cli.Result result = layout(SIX_X);
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.out().matches("(?s).*tag_lsb\\s+= 32\n.*"), result.toString());
		assertTrue(result.out().matches("(?s).*va_mask\\s+= 0xffffffff\n.*"), result.toString());
		assertTrue(result.out().matches("(?s).*hyp_linear\\s+\\[0x800000000000, 0x800100000000\\)\\s+4 GiB\n.*"),
				result.toString());
		assertTrue(result.out().contains("kern_hyp_va(0xffff000000000000) = 0x800000000000"), result.toString());
		assertTrue(result.out().contains("every property holds for these inputs"), result.toString());
	}

	@Test
	void theTwentyTwentyInputsOnFiveFourPutTheIdmapInsideTheHypRange() {
		Cli.Result result = layout(FIVE_FOUR, LX2160A);
		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.out().contains("hyp_linear      [0x0, 0x2300000000)  140 GiB"), result.toString());
		assertTrue(result.out().contains(
				"FAILED: regions 'idmap' [0x81a26000, 0x81a27000) and 'hyp_linear' [0x0, 0x2300000000) share addresses"),
				result.toString());
	}

	@Test
	void theFixOfSixXKeepsTheSameMachineApart() {
		Cli.Result result = layout(SIX_X, LX2160A);
		assertEquals(0, result.exitCode(), result.toString());
		assertFalse(result.out().contains("FAILED"), result.toString());
	}

	@Test
	void jsonCarriesTheSameNumbers() {
		Cli.Result result = layout(FIVE_FOUR, concat(LX2160A, "--format", "json"));
		assertEquals(1, result.exitCode(), result.toString());
		JsonObject layout = JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("layouts").get(0)
				.getAsJsonObject();
		assertEquals("hyp_va_5_4", layout.get("layout").getAsString());
		assertEquals("0x81a26000", layout.getAsJsonObject("inputs").get("idmap_pa").getAsString());
		JsonObject linear = region(layout.getAsJsonArray("regions"), "hyp_linear");
		assertEquals("0x0", linear.get("start").getAsString());
		assertEquals("0x2300000000", linear.get("end").getAsString());
	}

	@Test
	void theSvgPictureIsAWellFormedDrawingOfTheSlices() throws Exception {
		Path svg = temporary.resolve("hyp_va.svg");
		Cli.Result result = layout(SIX_X, "--svg", svg.toString());
		assertEquals(0, result.exitCode(), result.toString());
		Document drawing = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
		assertEquals("svg", drawing.getDocumentElement().getTagName());
		String text = drawing.getDocumentElement().getTextContent();
		for (String slice : new String[] { "region_bit", "tag", "linear" }) {
			assertTrue(text.contains(slice), slice + " is not drawn: " + text);
		}
		assertTrue(drawing.getElementsByTagName("rect").getLength() >= 4, "a box per slice");
	}

	@ParameterizedTest(name = "--set {0} is a usage error")
	@CsvSource(delimiter = '|', value = { "nope=3|has no input 'nope'", "va_bits=99|99 is not one of its values",
			"va_bits|takes NAME=VALUE", "va_bits=forty|va_bits" })
	void badSettingsAreUsageErrors(String setting, String message) {
		Path svg = temporary.resolve("not-written.svg");
		Cli.Result result = layout(SIX_X, "--set", setting, "--svg", svg.toString());
		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains(message), result.toString());
		assertEquals("", result.out(), "nothing but the report goes to stdout, and there is none");
		assertFalse(Files.exists(svg), "no partial write");
	}

	@Test
	void anUnknownLayoutIsAUsageError() {
		Cli.Result result = layout(SIX_X, "--layout", "hyp_va_9_9");
		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("hyp_va_9_9"), result.toString());
	}

	@ParameterizedTest(name = "{0} holds for every input")
	@ValueSource(strings = { "hyp_va_4_6", "hyp_va_4_7", "hyp_va_4_16", "hyp_va_4_17", "hyp_va_6_x", "hyp_va_pkvm",
			"hyp_va_vhe" })
	void everyBundledEraIsProved(String era) {
		Cli.Result result = Cli.run("explore", Cli.root().resolve("examples/layout/" + era + ".ptl").toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.out().contains("layout " + era + ": every property holds for every input"), result.toString());
		assertTrue(result.out().contains(": exhaustive;"), result.toString());
	}

	@Test
	void theFiveFourTwinHasACounterexample() {
		Cli.Result result = Cli.run("explore", "--format", "json", Cli.root().resolve(FIVE_FOUR).toString());
		assertEquals(1, result.exitCode(), result.toString());
		JsonObject layout = JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("layouts").get(0)
				.getAsJsonObject();
		assertEquals("violated", layout.get("verdict").getAsString(), result.out());
		boolean overlap = false;
		for (JsonElement property : layout.getAsJsonArray("properties")) {
			JsonObject object = property.getAsJsonObject();
			if (object.get("property").getAsString().equals("regions 'idmap' and 'hyp_linear' share no address")) {
				overlap = object.get("verdict").getAsString().equals("violated");
			}
		}
		assertTrue(overlap, "the overlap is the property the twin breaks: " + result.out());
	}

	private static JsonObject region(JsonArray regions, String name) {
		for (JsonElement region : regions) {
			if (region.getAsJsonObject().get("region").getAsString().equals(name)) {
				return region.getAsJsonObject();
			}
		}
		throw new AssertionError("no region " + name + " in " + regions);
	}

	private static String[] concat(String[] first, String... second) {
		String[] all = new String[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}
}
