package org.ptl.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.ptl.model.ClaimSet;
import org.ptl.model.Descriptor;
import org.ptl.model.Encoding;
import org.ptl.model.Field;
import org.ptl.model.Format;
import org.ptl.model.OwnershipModel;
import org.ptl.model.PtlModel;

/**
 * How names resolve: states and components only within their own ownership model, an encoding's
 * states in the model it encodes, overlays among sibling fields, and qualified names across
 * imported files.
 */
class ScopingTest {

	private static final String TWO_MODELS = """
			ownership a {
			    state A_ONLY
			    initially A_ONLY
			    component host
			}

			ownership b {
			    state B_ONLY
			    initially B_ONLY
			    component host

			    transition t {
			        initiator B_ONLY -> A_ONLY
			    }
			}
			""";

	@Test
	void aTransitionCannotUseAnotherModelsState() {
		List<Issue> issues = PtlTestSupport.validate(PtlTestSupport.parse(TWO_MODELS)).stream()
				.filter(issue -> issue.getCode().startsWith("ownership.unknown")).toList();
		assertEquals(List.of("ownership.unknown-state"), PtlTestSupport.codes(issues), PtlTestSupport.describe(issues));
		assertTrue(issues.get(0).getMessage().contains("'A_ONLY' in ownership model 'b' (known: B_ONLY)"),
				issues.get(0).getMessage());
	}

	@Test
	void anEncodingsStatesAreThoseOfTheModelItEncodes() {
		XtextResource resource = PtlTestSupport.parse("""
				format f {
				    granule 4K
				    input 48 bits
				    levels 0..3

				    page descriptor page at level 3 {
				        software [58:55] software
				    }
				}

				claims c on f.page.software {
				    claim state [55]
				}
				""" + TWO_MODELS.replace("B_ONLY -> A_ONLY", "B_ONLY -> B_ONLY") + """

				encoding e of b in c.state {
				    B_ONLY = 1
				    reserved 0
				}
				""");
		List<String> codes = PtlTestSupport.codes(PtlTestSupport.validate(resource));
		assertTrue(codes.stream().noneMatch(code -> code.startsWith("ownership.unknown") || code.startsWith("reference")),
				codes.toString());
		PtlModel model = (PtlModel) resource.getContents().get(0);
		Encoding encoding = (Encoding) model.getElements().get(4);
		OwnershipModel b = (OwnershipModel) model.getElements().get(3);
		assertSame(b.getStates().get(0), encoding.getEntries().get(0).getState());
	}

	@Test
	void anOverlayNamesASiblingField() {
		XtextResource resource = PtlTestSupport.parse("""
				format f {
				    granule 4K
				    input 48 bits
				    levels 0..3

				    page descriptor page at level 3 {
				        sh    [9:8]
				        oa_hi [9:8] address holds [51:50] overlays sh
				    }
				}
				""");
		assertEquals(List.of(), PtlTestSupport.codes(PtlTestSupport.validate(resource)));
		Descriptor page = ((Format) ((PtlModel) resource.getContents().get(0)).getElements().get(0)).getDescriptors().get(0);
		assertSame(page.getFields().get(0), page.getFields().get(1).getOverlays().get(0));
	}

	@Test
	void qualifiedNamesReachFieldsOfImportedFiles() {
		XtextResourceSet resourceSet = PtlTestSupport.newResourceSet();
		Path examples = PtlTestSupport.root().resolve("examples/pkvm/claims.ptl");
		XtextResource claims = PtlTestSupport.load(examples, resourceSet);
		assertEquals(List.of(), PtlTestSupport.codes(PtlTestSupport.validate(claims)));
		ClaimSet pkvm = (ClaimSet) ((PtlModel) claims.getContents().get(0)).getElements().get(0);
		Field software = pkvm.getFields().get(0);
		assertEquals("software", software.getName());
		assertEquals("arm64_s2_4k", ((Format) software.eContainer().eContainer()).getName());
		assertTrue(software.eResource().getURI().lastSegment().equals("stage2_4k.ptl"));
	}
}
