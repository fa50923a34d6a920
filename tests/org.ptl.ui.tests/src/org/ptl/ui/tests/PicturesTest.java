package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ptl.ui.editor.HoverInput;
import org.ptl.ui.editor.MarkdownInformationControl;
import org.ptl.ui.editor.PtlTextHover;
import org.ptl.ui.pictures.DiagramView;
import org.ptl.ui.pictures.Picture;

/**
 * Drawn pictures in the IDE: the hover on a descriptor draws its 64-bit register and the hover on a
 * layout or region its VA bits (SVG from org.ptl.gen rendered by SWT, no text art) with the ranges
 * for the defaults; the PTL Diagram view draws the ownership model, descriptor or layout under the
 * cursor and follows the text as it is edited. Screenshots of each under target/screenshots.
 */
class PicturesTest {

	private static IProject examples;

	@BeforeAll
	static void createProject() throws CoreException {
		examples = Workbench.examplesProject("ptl-pictures-examples");
	}

	@Test
	void theHoverOnADescriptorDrawsItsRegister() {
		ITextEditor editor = EditorTest.open(examples.getFile("arm64/stage2_4k.ptl"));
		IDocument document = EditorTest.document(editor);
		int descriptor = document.get().indexOf("page descriptor page") + "page descriptor ".length() + 1;
		HoverInput hover = PtlTextHover.input(document, descriptor);
		assertNotNull(hover);
		assertEquals(List.of("page descriptor arm64_s2_4k.page"), hover.pictures().stream().map(Picture::title).toList());
		assertTrue(hover.pictures().get(0).svg().contains(">s2ap</text>"), "the register has the fields");
		assertFalse(hover.text().contains("```text"), "no text drawing beside the real one: " + hover.text());
		List<Integer> widths = showHover(editor, hover, "hover-descriptor");
		assertEquals(List.of(788), widths, "the register as the documentation draws it: 16 bits of 48 pixels a row");
	}

	@Test
	void theHoverOnALayoutOrRegionDrawsItsVaBitsAndGivesTheRangesForTheDefaults() {
		ITextEditor editor = EditorTest.open(examples.getFile("layout/hyp_va_6_x.ptl"));
		IDocument document = EditorTest.document(editor);
		int region = document.get().indexOf("region hyp_linear") + "region ".length() + 2;
		HoverInput hover = PtlTextHover.input(document, region);
		assertNotNull(hover);
		assertTrue(hover.markdown().startsWith("**region** `hyp_va_6_x.hyp_linear`"), hover.markdown());
		assertTrue(hover.markdown().contains("`hyp_linear` [0x800000000000, 0x800100000000), 4 GiB for the defaults"), hover.markdown());
		int layout = document.get().indexOf("layout hyp_va_6_x") + "layout ".length() + 2;
		HoverInput whole = PtlTextHover.input(document, layout);
		assertTrue(whole.markdown().contains("- `tag_lsb` = 32"), whole.markdown());
		assertTrue(whole.markdown().contains("- region `idmap` [0x40210000, 0x40211000), 4 KiB"), whole.markdown());
		assertTrue(whole.markdown().contains("every property holds for the defaults"), whole.markdown());
		assertEquals(List.of("layout hyp_va_6_x: hyp_va for the defaults"), hover.pictures().stream().map(Picture::title).toList());
		List<Integer> widths = showHover(editor, hover, "hover-layout");
		assertEquals(List.of(916), widths, "the 64 VA bits, 14 pixels each");
	}

	/** Opens the editor's hover popup with the input over the editor, screenshots it, and returns its images' widths. */
	private static List<Integer> showHover(ITextEditor editor, HoverInput hover, String screenshot) {
		IInformationControl popup = Workbench.ui(() -> {
			var shell = editor.getSite().getShell();
			var control = new PtlTextHover().getHoverControlCreator().createInformationControl(shell);
			((org.eclipse.jface.text.IInformationControlExtension2) control).setInput(hover);
			var hint = control.computeSizeHint();
			control.setSize(hint.x, hint.y);
			control.setLocation(new org.eclipse.swt.graphics.Point(shell.getLocation().x + 250, shell.getLocation().y + 120));
			control.setVisible(true);
			return control;
		});
		try {
			List<Integer> widths = Workbench.ui(() -> ((MarkdownInformationControl) popup).pictures().images().stream()
					.map(image -> image.getBounds().width).toList());
			Workbench.screenshot(screenshot);
			return widths;
		} finally {
			Workbench.ui(popup::dispose);
		}
	}

	@Test
	void theDiagramViewDrawsWhatTheCursorIsInAndFollowsEdits() {
		DiagramView view = Workbench.ui(() -> {
			try {
				return (DiagramView) Workbench.page().showView(DiagramView.ID);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		ITextEditor model = EditorTest.open(examples.getFile("pkvm/ownership_v5_15.ptl"));
		IDocument text = EditorTest.document(model);
		caret(model, text.get().indexOf("transition share"));
		waitForTitle(view, "ownership model pkvm_v5_15");
		assertTrue(Workbench.ui(() -> view.strip().images().size()) == 1, "the state diagram is drawn");
		assertTrue(view.pictures().get(0).svg().contains(">SHARED_BORROWED</text>"));
		Workbench.screenshotOf(DiagramView.ID, "diagram-view-states");

		// a state typed into the model appears in the diagram (the file is not saved)
		int states = text.get().indexOf("    state NOPAGE");
		Workbench.ui(() -> {
			try {
				text.replace(states, 0, "    state LENT \"lent to another component\"\n");
			} catch (org.eclipse.jface.text.BadLocationException e) {
				throw new IllegalStateException(e);
			}
		});
		caret(model, text.get().indexOf("transition share"));
		Workbench.waitUntil("the new state in the diagram", Duration.ofSeconds(30),
				() -> !view.pictures().isEmpty() && view.pictures().get(0).svg().contains(">LENT</text>"));
		Workbench.ui(() -> model.doRevertToSaved());

		ITextEditor format = EditorTest.open(examples.getFile("arm64/stage2_4k.ptl"));
		String formatText = EditorTest.document(format).get();
		caret(format, formatText.indexOf("s2ap", formatText.indexOf("page descriptor page")));
		waitForTitle(view, "page descriptor arm64_s2_4k.page");
		Workbench.screenshotOf(DiagramView.ID, "diagram-view-descriptor");

		ITextEditor layout = EditorTest.open(examples.getFile("layout/hyp_va_6_x.ptl"));
		caret(layout, EditorTest.document(layout).get().indexOf("region hyp_linear"));
		waitForTitle(view, "layout hyp_va_6_x: hyp_va for the defaults");
	}

	private static void caret(ITextEditor editor, int offset) {
		assertTrue(offset >= 0);
		Workbench.ui(() -> {
			Workbench.page().activate(editor);
			editor.selectAndReveal(offset, 0);
		});
	}

	private static void waitForTitle(DiagramView view, String title) {
		Workbench.waitUntil("the diagram of " + title, Duration.ofSeconds(30),
				() -> view.pictures().stream().anyMatch(picture -> picture.title().equals(title)));
		Workbench.settle();
	}
}
