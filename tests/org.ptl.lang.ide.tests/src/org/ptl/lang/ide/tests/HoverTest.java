package org.ptl.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.ptl.lang.ide.hover.BitLayoutDrawing;
import org.ptl.lang.ide.hover.PtlHoverText;

/**
 * Hovers tell a field's bits and kind, a claim's claimant and field, a state's encodings and a
 * format's geometry, and draw a descriptor's layout; the language server shows the same text.
 */
class HoverTest {

	private static final PtlHoverText HOVER = IdeTestSupport.INJECTOR.getInstance(PtlHoverText.class);

	private static void assertContains(String text, String part) {
		assertTrue(text.contains(part), () -> "no '" + part + "' in:\n" + text);
	}

	/** The hover at {@code word} inside {@code context} in a bundled example. */
	private static String hoverIn(String example, String context, String word) {
		Path file = IdeTestSupport.example(example);
		String text = IdeTestSupport.read(file);
		XtextResource resource = IdeTestSupport.parse(text, file);
		return HOVER.hover(resource, IdeTestSupport.offsetOf(text, context, word) + 1).orElseThrow();
	}

	@Test
	void anActionShowsItsGuardsAndUpdates() {
		String hover = hoverIn("dirty/s390_gmap_old.ptl", "action unprotect(v: vcpu)", "unprotect");
		assertContains(hover, "**action** `s390_gmap_old.unprotect`");
		assertContains(hover, "`unprotect(v: vcpu)` by `vcpu`");
		assertContains(hover, "guards: `requires not seg[1].invalid and seg[1].protect and not host.protect`");
		assertContains(hover, "updates: `seg[1].protect = 0`, `seg[1].gmap_uc = 1`, `seg[1].gmap_in = 0`");
	}

	@Test
	void aCallOfAMultiStepActionShowsEachStep() {
		String hover = hoverIn("dirty/dirty_scenarios.ptl", "    fault.map(1, 0)\n    fault.mark(1, 0)\n    expect l2", "fault");
		assertContains(hover, "2 atomic steps, a program counter per instance");
		assertContains(hover, "step `mark` (mark_page_dirty_in_slot, after the MMU lock is dropped)");
		assertContains(hover, "`dirty[p] = true if marking[v, p]`");
	}

	@Test
	void aVariableShowsItsTypeAndWhetherItIsGhost() {
		String hover = hoverIn("dirty/s390_gmap_old.ptl", "written[p] = true", "written");
		assertContains(hover, "**ghost variable**");
		assertContains(hover, "one per `page`");
		assertContains(hover, "read only by invariants and ghost updates");
	}

	@Test
	void aFieldShowsItsBitsKindAndDescription() {
		String hover = hoverIn("arm64/stage2_4k.ptl", "software [58:55] software", "software");
		assertContains(hover, "`arm64_s2_4k.block.software`");
		assertContains(hover, "bits [58:55], 4 bits · software bits");
		assertContains(hover, "SW0..SW3");
	}

	@Test
	void anEnumFieldListsItsValuesAndAFixedFieldItsValue() {
		String s2ap = hoverIn("arm64/stage2_4k.ptl", "s2ap     [7:6]", "s2ap");
		assertContains(s2ap, "- `rw` = 0b11");
		String valid = hoverIn("arm64/stage2_4k.ptl", "valid      [0] = 0", "valid");
		assertContains(valid, "fixed value `0b0`");
	}

	@Test
	void aSoftwareFieldNamesItsClaims() {
		String hover = hoverIn("pkvm/claims.ptl", "arm64_s2_4k.page.software", "software");
		assertContains(hover, "claimed by `pkvm.state` [56:55], `nested_virt.ttl_level` [56:55]");
	}

	@Test
	void aClaimShowsItsBitsClaimantAndFields() {
		String hover = hoverIn("pkvm/claims.ptl", "claim ttl_level [56:55]", "ttl_level");
		assertContains(hover, "bits [56:55], 2 bits");
		assertContains(hover, "claimant `nested_virt`");
		assertContains(hover, "in fields `arm64_s2_4k.page.software` [58:55], `arm64_s2_4k.block.software` [58:55]");
		assertContains(hover, "shared with `pkvm`");
	}

	@Test
	void aDescriptorIsDrawnWithItsFieldsOverTheirBits() {
		String hover = hoverIn("arm64/stage2_4k.ptl", "page descriptor page at level 3", "page at");
		assertTrue(hover.startsWith("**page descriptor** `arm64_s2_4k.page`"), hover);
		assertContains(hover, "at level 3");
		String drawing = hover.substring(hover.indexOf("```text\n") + 8, hover.lastIndexOf("```"));
		List<String> lines = Arrays.asList(drawing.split("\n"));
		assertEquals("6666555555555544444444443333333333222222222211111111110000000000", lines.get(0));
		assertEquals("3210987654321098765432109876543210987654321098765432109876543210", lines.get(1));
		String fields = lines.get(2);
		// oa [47:12] is wide enough for its name: brackets at bits 47 and 12, the name between them
		assertEquals('[', fields.charAt(BitLayoutDrawing.column(47)));
		assertEquals(']', fields.charAt(BitLayoutDrawing.column(12)));
		String oa = fields.substring(BitLayoutDrawing.column(47), BitLayoutDrawing.column(12) + 1);
		assertEquals("oa", oa.replaceAll("[\\[\\]-]", ""));
		// software [58:55] is not: a label inside brackets, explained below the drawing
		assertEquals('[', fields.charAt(BitLayoutDrawing.column(58)));
		char software = fields.charAt(BitLayoutDrawing.column(57));
		assertContains(drawing, software + " = software [58:55]");
		char valid = fields.charAt(BitLayoutDrawing.column(0));
		assertContains(drawing, valid + " = valid [0]");
		// 1-bit neighbours get labels of their own: dbm [51] and contig [52] do not run together
		assertContains(drawing, fields.charAt(BitLayoutDrawing.column(51)) + " = dbm [51]");
		assertContains(drawing, fields.charAt(BitLayoutDrawing.column(52)) + " = contig [52]");
	}

	@Test
	void overlaidFieldsAreDrawnOnARowOfTheirOwn() {
		String drawing = BitLayoutDrawing.draw(List.of(new BitLayoutDrawing.Span("address", 47, 12),
				new BitLayoutDrawing.Span("hint", 20, 16), new BitLayoutDrawing.Span("v", 0, 0)));
		List<String> lines = Arrays.asList(drawing.split("\n"));
		assertEquals(5, lines.size(), drawing);
		String address = "[" + "-".repeat(13) + "address" + "-".repeat(14) + "]";
		assertEquals(".".repeat(16) + address + ".".repeat(11) + "b", lines.get(2));
		assertEquals(".".repeat(43) + "[-a-]" + ".".repeat(16), lines.get(3));
		assertEquals("a = hint [20:16]   b = v [0]", lines.get(4));
	}

	@Test
	void aStateShowsItsValueInEveryEncoding() {
		String nopage = hoverIn("pkvm/ownership_v5_15.ptl", "state NOPAGE", "NOPAGE");
		assertContains(nopage, "not accessible");
		assertContains(nopage, "- `pkvm_v5_15_sw` in claim `pkvm.state` [56:55]: not encoded");
		String owned = hoverIn("pkvm/ownership_v5_15.ptl", "initiator OWNED -> SHARED_OWNED", "SHARED_OWNED");
		assertTrue(owned.startsWith("**state** `pkvm_v5_15.SHARED_OWNED`"), owned);
		assertContains(owned, "- `pkvm_v5_15_sw` in claim `pkvm.state` [56:55]: `0b01`");
	}

	@Test
	void aFormatShowsItsGeometry() {
		String hover = hoverIn("arm64/stage2_4k.ptl", "format arm64_s2_4k", "arm64_s2_4k");
		assertContains(hover, "- granule 4K");
		assertContains(hover, "- input 48 bits, output 48 bits");
		assertContains(hover, "- levels 0..3");
		assertContains(hover, "- blocks at levels 1, 2");
	}

	@Test
	void theLanguageServerShowsTheSameMarkdown() {
		Path file = IdeTestSupport.example("pkvm/ownership_v5_15.ptl");
		String text = IdeTestSupport.read(file);
		XtextResource resource = IdeTestSupport.parse(text, file);
		Document document = new Document(1, text);
		int offset = IdeTestSupport.offsetOf(text, "completer NOPAGE -> SHARED_BORROWED", "NOPAGE") + 2;
		HoverParams params = new HoverParams(new TextDocumentIdentifier(file.toUri().toString()),
				document.getPosition(offset));
		Hover hover = IdeTestSupport.INJECTOR.getInstance(IHoverService.class).hover(document, resource, params,
				CancelIndicator.NullImpl);
		assertEquals("markdown", hover.getContents().getRight().getKind());
		assertEquals(HOVER.hover(resource, offset).orElseThrow(), hover.getContents().getRight().getValue());
		assertEquals(document.getPosition(offset - 2), hover.getRange().getStart());
	}

	@Test
	void aTransitionKeywordHasNoHover() {
		Path file = IdeTestSupport.example("pkvm/ownership_v5_15.ptl");
		String text = IdeTestSupport.read(file);
		XtextResource resource = IdeTestSupport.parse(text, file);
		assertTrue(HOVER.hover(resource, IdeTestSupport.offsetOf(text, "transition share", "transition")).isEmpty());
	}
}
