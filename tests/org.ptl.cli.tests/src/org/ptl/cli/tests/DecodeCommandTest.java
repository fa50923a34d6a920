package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code ptl decode}: a 64-bit value read as a descriptor of a bundled format, its fields by name,
 * enum values by name, and the ownership state its software bits encode in every encoding of the
 * claims on them.
 */
class DecodeCommandTest {

	private static String examples() {
		return Cli.root().resolve("examples").toString();
	}

	@Test
	void aSharedOwnedStage2PageDecodesToItsState() {
		// S2AP = RW (0xc0), AF (0x400), SH inner (0x300), SW0 (bit 55), Normal memory, valid page
		Cli.Result result = Cli.run("decode", "arm64_s2_4k_40", "0x00800000800037ff", "--level", "3", "--file",
				examples());
		assertEquals(0, result.exitCode(), result.toString());
		String out = result.out();
		assertTrue(out.startsWith("0x00800000800037ff as arm64_s2_4k_40 at level 3: page descriptor 'page'"), out);
		assertTrue(out.contains("s2ap     [7:6]    rw (3)"), out);
		assertTrue(out.contains("sh       [9:8]    inner (3)"), out);
		assertTrue(out.contains("af       [10]     1"), out);
		assertTrue(out.contains("oa       [47:12]  0x80003000"), out);
		assertTrue(out.contains("software [58:55]  0x1 (1)"), out);
		assertTrue(out.contains("claim pkvm.state [56:55] = 1: SHARED_OWNED in pkvm_v5_15_sw"), out);
	}

	@Test
	void withoutALevelEveryReadingIsShown() {
		Cli.Result result = Cli.run("decode", "arm64_s2_4k_40", "0xf000002003", "--file", examples());
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.out().contains("table descriptor 'table'"), result.out());
		assertTrue(result.out().contains("page descriptor 'page'"), result.out());
	}

	@Test
	void anOwnerAnnotationIsAnInvalidEntryWithItsOwner() {
		Cli.Result result = Cli.run("decode", "arm64_s2_4k_40", "0x4", "--level", "3", "--file", examples());
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.out().contains("invalid descriptor 'invalid'"), result.out());
		assertTrue(result.out().contains("owner_id"), result.out());
	}

	@Test
	void jsonHasTheFieldsAndStates() {
		Cli.Result result = Cli.run("decode", "arm64_s2_4k_40", "0x00800000800037ff", "--level", "3", "--file",
				examples(), "--format", "json");
		assertEquals(0, result.exitCode(), result.toString());
		JsonObject reading = JsonParser.parseString(result.out()).getAsJsonArray().get(0).getAsJsonObject();
		assertEquals("page", reading.get("kind").getAsString());
		JsonObject s2ap = reading.getAsJsonArray("fields").get(3).getAsJsonObject();
		assertEquals("s2ap", s2ap.get("name").getAsString());
		assertEquals(3, s2ap.get("value").getAsInt());
		assertEquals("rw", s2ap.get("meaning").getAsString());
		JsonObject claim = reading.getAsJsonArray("claims").get(0).getAsJsonObject();
		assertEquals("pkvm.state", claim.get("claim").getAsString());
		JsonObject v515 = claim.getAsJsonArray("states").get(0).getAsJsonObject();
		assertEquals("SHARED_OWNED", v515.get("state").getAsString());
		assertEquals("pkvm_v5_15_sw", v515.get("encoding").getAsString());
	}

	@Test
	void badInputIsAUsageError() {
		Cli.Result unknownFormat = Cli.run("decode", "no_such_format", "0x0", "--file", examples());
		assertEquals(2, unknownFormat.exitCode(), unknownFormat.toString());
		assertTrue(unknownFormat.err().contains("no format 'no_such_format'"), unknownFormat.toString());
		Cli.Result badValue = Cli.run("decode", "arm64_s2_4k_40", "0xZZ", "--file", examples());
		assertEquals(2, badValue.exitCode(), badValue.toString());
		assertTrue(badValue.err().contains("'0xZZ' is not a 64-bit value"), badValue.toString());
		Cli.Result badLevel = Cli.run("decode", "arm64_s2_4k_40", "0x3", "--level", "7", "--file", examples());
		assertEquals(2, badLevel.exitCode(), badLevel.toString());
		assertEquals("", badLevel.out(), badLevel.toString());
	}
}
