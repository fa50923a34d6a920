package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ptl.ui.editor.PtlContentAssistProcessor;
import org.ptl.ui.editor.PtlTextHover;
import org.ptl.ui.model.PtlDocuments;

/**
 * A bundled example opens in the Generic Editor with PTL's highlighting; content assist at a known
 * offset proposes the names in scope; and a file with a defect shows its marker in the editor and
 * the Problems view (screenshot).
 */
class EditorTest {

	private static IProject examples;

	@BeforeAll
	static void createProject() throws CoreException {
		examples = Workbench.examplesProject("ptl-editor-examples");
	}

	static ITextEditor open(IFile file) {
		return Workbench.ui(() -> {
			try {
				IEditorPart part = IDE.openEditor(Workbench.page(), file);
				return part.getAdapter(ITextEditor.class);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	static IDocument document(ITextEditor editor) {
		return Workbench.ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
	}

	@Test
	void anExampleOpensInTheGenericEditorWithHighlighting() {
		ITextEditor editor = open(examples.getFile("pkvm/ownership_v5_15.ptl"));
		assertNotNull(editor);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", Workbench.ui(() -> editor.getSite().getId()));
		IDocument document = document(editor);
		Workbench.waitUntil("the reconciler's parse", Duration.ofSeconds(30), () -> PtlDocuments.current(document) != null);
		int keyword = document.get().indexOf("\nownership ") + 1;
		Workbench.settle();
		StyleRange style = Workbench.ui(() -> ((StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class))
				.getStyleRangeAtOffset(keyword));
		assertNotNull(style, "the keyword 'ownership' is styled");
		assertTrue((style.fontStyle & org.eclipse.swt.SWT.BOLD) != 0, "keywords are bold");
	}

	@Test
	void contentAssistProposesTheModelsStates() {
		ITextEditor editor = open(examples.getFile("pkvm/ownership_v5_15.ptl"));
		IDocument document = document(editor);
		String text = document.get();
		int at = text.indexOf("initiator OWNED -> SHARED_OWNED") + "initiator OWNED -> ".length();
		List<String> proposals = PtlContentAssistProcessor.proposals(PtlDocuments.parse(document), at).stream()
				.map(ICompletionProposal::getDisplayString).toList();
		assertTrue(proposals.stream().anyMatch(p -> p.startsWith("SHARED_BORROWED")), proposals.toString());
		assertTrue(proposals.stream().anyMatch(p -> p.startsWith("NOPAGE")), proposals.toString());
	}

	@Test
	void hoverOnAFieldShowsItsBitsAndOnADescriptorItsLayout() {
		ITextEditor editor = open(examples.getFile("arm64/stage2_4k.ptl"));
		IDocument document = document(editor);
		String text = document.get();
		int field = text.indexOf("s2ap     [7:6]") + 1;
		String fieldHover = PtlTextHover.text(document, field);
		assertNotNull(fieldHover, "a field has a hover");
		assertTrue(fieldHover.contains("[7:6]"), fieldHover);
		int descriptor = text.indexOf("page descriptor page") + "page descriptor ".length() + 1;
		String descriptorHover = PtlTextHover.text(document, descriptor);
		assertNotNull(descriptorHover);
		assertTrue(descriptorHover.contains("s2ap") && descriptorHover.contains("software"), descriptorHover);

		// the popup the editor shows, opened by hand over the editor for the screenshot
		org.eclipse.jface.text.IInformationControl popup = Workbench.ui(() -> {
			var shell = editor.getSite().getShell();
			var control = new PtlTextHover().getHoverControlCreator().createInformationControl(shell);
			((org.eclipse.jface.text.IInformationControlExtension2) control).setInput(descriptorHover);
			var size = ((org.eclipse.jface.text.IInformationControlExtension5) control).computeSizeConstraints(200, 60);
			var hint = control.computeSizeHint();
			control.setSize(Math.min(hint.x, size.x), hint.y);
			control.setLocation(new org.eclipse.swt.graphics.Point(shell.getLocation().x + 330, shell.getLocation().y + 140));
			control.setVisible(true);
			return control;
		});
		try {
			Workbench.screenshot("editor-hover");
		} finally {
			Workbench.ui(popup::dispose);
		}
	}

	@Test
	void goToDefinitionOpensTheImportedFileAtTheDeclaration() {
		ITextEditor editor = open(examples.getFile("pkvm/claims.ptl"));
		IDocument document = document(editor);
		PtlDocuments.parse(document);
		int reference = document.get().indexOf("arm64_s2_4k.page.software") + 2;
		org.eclipse.jface.text.hyperlink.IHyperlink[] links = Workbench.ui(() -> new org.ptl.ui.editor.PtlHyperlinkDetector()
				.detectHyperlinks(editor.getAdapter(org.eclipse.jface.text.ITextViewer.class) != null
						? editor.getAdapter(org.eclipse.jface.text.ITextViewer.class)
						: (org.eclipse.jface.text.ITextViewer) editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class),
						new org.eclipse.jface.text.Region(reference, 0), false));
		assertNotNull(links, "the qualified field name links to the field's declaration");
		Workbench.ui(() -> links[0].open());
		ITextEditor target = Workbench.ui(() -> Workbench.page().getActiveEditor().getAdapter(ITextEditor.class));
		assertEquals("stage2_4k.ptl", Workbench.ui(() -> target.getEditorInput().getName()));
		String selected = Workbench.ui(() -> ((org.eclipse.jface.text.ITextSelection) target.getSelectionProvider().getSelection()).getText());
		assertEquals("software", selected, "arm64_s2_4k.page.software names the page descriptor's software field");
		int offset = Workbench.ui(() -> ((org.eclipse.jface.text.ITextSelection) target.getSelectionProvider().getSelection()).getOffset());
		String targetText = document(target).get();
		assertEquals(targetText.indexOf("software [58:55]", targetText.indexOf("page descriptor page")), offset,
				"the page descriptor's field, not the block descriptor's");
	}

	@Test
	void aQuickFixMovesAnOverlappingClaimAndTheMarkerGoes() throws CoreException {
		IProject project = Workbench.project("ptl-quick-fix");
		IFile file = Workbench.write(project, "claims.ptl", """
				format f {
				    granule 4K
				    input 48 bits
				    levels 0..3
				    blocks at 1, 2

				    page descriptor page at level 3 {
				        valid    [0] = 1
				        type     [1] = 1
				        oa       [47:12] address
				        software [58:55] software
				    }
				}

				claims pkvm on f.page.software {
				    claim state [56:55]
				}

				claims nested_virt on f.page.software {
				    claim ttl_level [57:56]
				}
				""");
		List<org.eclipse.core.resources.IMarker> markers = OnSaveValidationTest.markers(file);
		assertEquals(List.of("claims.overlap"), OnSaveValidationTest.checks(file));
		org.eclipse.ui.IMarkerResolution[] fixes = Workbench
				.ui(() -> org.eclipse.ui.ide.IDE.getMarkerHelpRegistry().getResolutions(markers.get(0)));
		assertEquals(1, fixes.length, "one fix: move the claim to free bits");
		Workbench.ui(() -> fixes[0].run(markers.get(0)));
		Workbench.waitForBuild();
		Workbench.waitUntil("the re-check after the fix", Duration.ofSeconds(30), () -> {
			try {
				return OnSaveValidationTest.checks(file).isEmpty();
			} catch (CoreException e) {
				return false;
			}
		});
	}

	@Test
	void problemsShowWhileTypingAndBecomeMarkersOnSave() throws CoreException {
		IProject project = Workbench.project("ptl-typing");
		String clean = OnSaveValidationTest.OVERLAP.replace("oa_hi [9:8]", "oa_hi [11:10]");
		IFile file = Workbench.write(project, "typing.ptl", clean);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		Workbench.ui(() -> {
			try {
				document.replace(clean.indexOf("oa_hi [11:10]"), "oa_hi [11:10]".length(), "oa_hi [9:8]");
			} catch (org.eclipse.jface.text.BadLocationException e) {
				throw new IllegalStateException(e);
			}
		});
		Workbench.waitUntil("the typed problem", Duration.ofSeconds(30), () -> !typedProblems(editor).isEmpty());
		assertTrue(typedProblems(editor).get(0).endsWith("[format.field-overlap]"), typedProblems(editor).toString());
		assertEquals(List.of(), OnSaveValidationTest.checks(file), "no marker before saving");

		Workbench.ui(() -> editor.doSave(null));
		Workbench.waitForBuild();
		assertEquals(List.of("format.field-overlap"), OnSaveValidationTest.checks(file));
		try {
			Workbench.waitUntil("the typed problem to give way to the marker", Duration.ofSeconds(10),
					() -> typedProblems(editor).isEmpty());
		} catch (AssertionError stillThere) {
			throw new AssertionError(stillThere.getMessage() + ": " + typedProblems(editor), stillThere);
		}
	}

	/** The texts of the problem annotations the editor shows that are not markers. */
	private static List<String> typedProblems(ITextEditor editor) {
		return Workbench.ui(() -> {
			var model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
			List<String> texts = new java.util.ArrayList<>();
			model.getAnnotationIterator().forEachRemaining(annotation -> {
				if (!(annotation instanceof org.eclipse.ui.texteditor.MarkerAnnotation) && List.of(
						"org.eclipse.ui.workbench.texteditor.error", "org.eclipse.ui.workbench.texteditor.warning",
						"org.eclipse.ui.workbench.texteditor.info").contains(annotation.getType())) {
					texts.add(annotation.getText());
				}
			});
			return texts;
		});
	}

	@Test
	void aDefectShowsInTheEditorAndTheProblemsView() throws CoreException {
		IFile file = Workbench.write(examples, "arm64/overlap.ptl", OnSaveValidationTest.OVERLAP);
		assertEquals(List.of("format.field-overlap"), OnSaveValidationTest.checks(file));
		open(file);
		org.eclipse.ui.IViewPart problems = Workbench.ui(() -> {
			try {
				return Workbench.page().showView("org.eclipse.ui.views.ProblemView");
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		Workbench.settle();
		Workbench.ui(() -> expandAll(problems));
		Workbench.ui(() -> Workbench.page().activate(Workbench.page().getActiveEditor()));
		Workbench.screenshot("editor-with-markers");
	}

	/**
	 * Opens the Problems view's groups so the screenshot shows the problems themselves. The view
	 * offers no API for it, so this reaches its tree viewer by reflection; when that fails (another
	 * Eclipse version) the screenshot just shows the groups closed.
	 */
	private static void expandAll(org.eclipse.ui.IViewPart problems) {
		for (Class<?> type = problems.getClass(); type != null; type = type.getSuperclass()) {
			try {
				java.lang.reflect.Field viewer = type.getDeclaredField("viewer");
				viewer.setAccessible(true);
				((org.eclipse.jface.viewers.AbstractTreeViewer) viewer.get(problems)).expandAll();
				return;
			} catch (NoSuchFieldException notHere) {
				// look in the superclass
			} catch (ReflectiveOperationException | RuntimeException internalsChanged) {
				return; // only the screenshot is poorer
			}
		}
	}
}
