package org.ptl.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.ptl.model.Descriptor;
import org.ptl.model.Field;
import org.ptl.model.Format;
import org.ptl.model.PtlModel;

/**
 * Words of the language that make natural names (a descriptor's {@code level}, a claim's
 * {@code owner}) are names wherever a name is expected; a reserved word where a name belongs gets a
 * message that says so instead of ANTLR's "expecting RULE_ID".
 */
class WordsAsNamesTest {

	@Test
	void commonWordsNameFieldsClaimsStatesAndComponents() {
		XtextResource resource = PtlTestSupport.parse("""
				format f {
				    granule 4K
				    input 48 bits
				    levels 0..3

				    page descriptor page at level 3 {
				        valid  [0] = 1
				        level  [3:2]
				        owner  [11:8]
				        lock   [12]
				        shared [13]
				        kind   [15:14] enum { size = 0, count = 1 }
				        oa     [47:16] address
				    }
				}

				claims sw on f.page.owner {
				    claim owner [11:10]
				    claim lock [9:8]
				}

				ownership m {
				    state shared
				    state empty
				    initially empty
				    component owner initially shared
				    component map

				    invariant fault: exactly one component in { shared }
				}
				""");
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		Format format = (Format) ((PtlModel) resource.getContents().get(0)).getElements().get(0);
		Descriptor page = format.getDescriptors().get(0);
		assertEquals(List.of("valid", "level", "owner", "lock", "shared", "kind", "oa"),
				page.getFields().stream().map(Field::getName).toList());
		assertEquals(List.of(), PtlTestSupport.codes(PtlTestSupport.validate(resource)).stream()
				.filter(code -> code.startsWith("syntax") || code.startsWith("link")).toList());
	}

	@Test
	void aReservedWordAsANameSaysItIsReserved() {
		XtextResource resource = PtlTestSupport.parse("""
				ownership transition {
				    state A
				    initially A
				    component host
				}
				""");
		assertEquals(1, resource.getErrors().size(), resource.getErrors().toString());
		Diagnostic error = (Diagnostic) resource.getErrors().get(0);
		assertEquals("'transition' is a reserved word of PTL and cannot be a name here; choose another name,"
				+ " such as 'transition_'", error.getMessage());
		assertEquals(1, error.getLine());
	}
}
