package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ptl.model.ClaimSet;
import org.ptl.model.Encoding;
import org.ptl.model.Format;
import org.ptl.sim.decode.Decoder;
import org.ptl.sim.decode.Decoding;

/**
 * Decoding 64-bit values as descriptors of the bundled stage-2 formats (what {@code ptl decode}
 * prints): each field with its meaning, and the pKVM state the software-bit claims encode, here a
 * stage-2 page with S2AP = RW, AF, SH inner and SW0 set, which is SHARED_OWNED in the v5.15 encoding
 * pkvm_v5_15_sw; a table descriptor; and an owner annotation.
 */
class DecodeTest {

	/** valid | type | MemAttr normal | S2AP rw | SH inner | AF | OA 0x80003000 | SW0. */
	private static final long SHARED_OWNED_PAGE = 0b11 | 0xfL << 2 | 0b11L << 6 | 0b11L << 8 | 1L << 10
			| 0x8000_3000L | 1L << 55;

	private static Decoder decoder(String format) {
		return new Decoder(Models.EXAMPLES.named(Format.class, format), Models.EXAMPLES.all(ClaimSet.class),
				Models.EXAMPLES.all(Encoding.class));
	}

	private static Map<String, String> meanings(Decoding decoding) {
		return decoding.fields().stream()
				.collect(Collectors.toMap(Decoding.FieldValue::name, Decoding.FieldValue::meaning));
	}

	@ParameterizedTest
	@ValueSource(strings = { "arm64_s2_4k_40", "arm64_s2_4k" })
	void aSharedPageDecodesToSharedOwnedInV5_15(String format) {
		assertEquals(0x0080_0000_8000_37ffL, SHARED_OWNED_PAGE, "the page the v5.15 scenario's host maps");
		List<Decoding> readings = decoder(format).decode(SHARED_OWNED_PAGE, 3);
		assertEquals(1, readings.size(), "one reading at level 3");
		Decoding page = readings.get(0);
		assertEquals("page", page.kind(), "a page descriptor");
		Map<String, String> fields = meanings(page);
		assertEquals("rw", fields.get("s2ap"), "S2AP");
		assertEquals("1", fields.get("af"), "AF");
		assertEquals("inner", fields.get("sh"), "SH");
		assertEquals("normal", fields.get("memattr"), "MemAttr");
		assertEquals("0x80003000", fields.get("oa"), "output address");
		assertEquals("0x1", fields.get("software"), "SW0");
		Decoding.ClaimValue state = page.claims().stream().filter(c -> c.claim().equals("pkvm.state")).findFirst()
				.orElseThrow(() -> new AssertionError("no pkvm.state claim in " + page.claims()));
		assertEquals("[56:55]", state.span(), "SW0/SW1");
		assertEquals(1, state.value(), "SW1:SW0 = 0b01");
		assertTrue(state.states().contains(new Decoding.EncodedState("SHARED_OWNED", "pkvm_v5_15_sw")), "v5.15 encoding: " + state.states());
		assertEquals(List.of(), page.warnings(), "nothing looks wrong");
	}

	@Test
	void theReservedValueOfTheV5_15EncodingIsReported() {
		Decoding page = decoder("arm64_s2_4k_40").decode(SHARED_OWNED_PAGE | 1L << 56, 3).get(0);
		Decoding.ClaimValue state = page.claims().stream().filter(c -> c.claim().equals("pkvm.state")).findFirst()
				.orElseThrow();
		assertTrue(state.states().contains(new Decoding.EncodedState(Decoding.EncodedState.RESERVED, "pkvm_v5_15_sw")), "0b11 is reserved: " + state.states());
		assertTrue(page.warnings().stream().anyMatch(w -> w.contains("reserved in encoding 'pkvm_v5_15_sw'")),
				"and warned about: " + page.warnings());
	}

	@Test
	void aTableDescriptorIsATableAboveTheLastLevelAndAPageAtIt() {
		List<Decoding> readings = decoder("arm64_s2_4k_40").decode(0xf0_0000_2003L, null);
		assertEquals(2, readings.size(), "two readings: " + readings);
		assertEquals("table", readings.get(0).kind(), "a table descriptor");
		assertEquals(List.of(1, 2), readings.get(0).levels(), "at levels 1 and 2");
		assertEquals("0xf000002000", meanings(readings.get(0)).get("next"), "next-level table address");
		assertEquals("page", readings.get(1).kind(), "a page descriptor");
		assertEquals(List.of(3), readings.get(1).levels(), "at level 3");
	}

	@Test
	void anOwnerAnnotationIsAnInvalidEntryWithAnOwner() {
		List<Decoding> readings = decoder("arm64_s2_4k_40").decode(0x4, null);
		assertEquals(1, readings.size(), "one reading: " + readings);
		Decoding annotation = readings.get(0);
		assertEquals("invalid", annotation.kind(), "an invalid entry");
		assertEquals(List.of(1, 2, 3), annotation.levels(), "at every level");
		assertEquals(1, annotation.fields().stream().filter(f -> f.name().equals("owner_id")).findFirst().orElseThrow()
				.value(), "owner_id (bits 9:2) = 1: hyp");
		assertEquals("0", meanings(annotation).get("locked"), "not a break-before-make in progress");
	}
}
