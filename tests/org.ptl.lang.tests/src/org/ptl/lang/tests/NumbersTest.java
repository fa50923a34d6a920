package org.ptl.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.ptl.model.Field;
import org.ptl.model.Format;
import org.ptl.model.PtlModel;

/** How numbers are written: decimal, hex, binary with underscores, sizes with units, negative levels. */
class NumbersTest {

	private static Format parseFormat(String text) {
		XtextResource resource = PtlTestSupport.parse(text);
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		return (Format) ((PtlModel) resource.getContents().get(0)).getElements().get(0);
	}

	@Test
	void sizesTakeBinaryUnits() {
		assertEquals(65536, parseFormat("format f { granule 64K input 42 bits levels 2..3 }").getGranule());
		assertEquals(4096, parseFormat("format f { granule 4096 input 48 bits levels 0..3 }").getGranule());
	}

	@Test
	void lpa2StartsAtLevelMinusOne() {
		Format format = parseFormat("format f { granule 4K input 52 bits levels -1..3 lpa2 blocks at 0, 1, 2 }");
		assertEquals(-1, format.getFirstLevel());
		assertEquals(List.of(), PtlTestSupport.codes(PtlTestSupport.validate((XtextResource) format.eResource())));
	}

	@Test
	void valuesInHexBinaryAndDecimal() {
		Format format = parseFormat("""
				format f {
				    granule 4K
				    input 48 bits
				    levels 0..3

				    page descriptor page at level 3 {
				        memattr [5:2] enum { device = 0x1, nc = 0b0101, normal = 15 }
				        top     [63:56] = 0xff
				        wide    [55:0] = 0xff_ffff_ffff_ffff
				    }
				}
				""");
		List<Field> fields = format.getDescriptors().get(0).getFields();
		assertEquals(List.of(1L, 5L, 15L), fields.get(0).getLiterals().stream().map(l -> l.getValue()).toList());
		assertEquals(0xff, fields.get(1).getFixedValue());
		assertEquals(0xff_ffff_ffff_ffffL, fields.get(2).getFixedValue());
	}

	@Test
	void aNumberPast64BitsIsASyntaxErrorNotAWrap() {
		List<Issue> issues = PtlTestSupport.validate(PtlTestSupport.parse("""
				format f {
				    granule 4K
				    input 48 bits
				    levels 0..3

				    page descriptor page at level 3 {
				        x [63:0] = 0x1_0000_0000_0000_0000
				    }
				}
				"""));
		assertEquals(List.of("syntax.error"), PtlTestSupport.codes(issues));
		assertEquals(7, issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().contains("does not fit in 64 bits"), issues.get(0).getMessage());
	}
}
