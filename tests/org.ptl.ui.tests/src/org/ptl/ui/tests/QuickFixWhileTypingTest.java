package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.IQuickFixableAnnotation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.Test;

/**
 * Problems found while typing can be fixed before saving: the duplicated encoding's annotation is
 * quick-fixable (a light bulb) while a problem without a fix is not; Ctrl+1 at it offers the
 * language's fixes; applying one edits the text and the stale annotation goes at once.
 */
class QuickFixWhileTypingTest {

	private static final String CLEAN = """
			format f {
			    granule 4K
			    input 48 bits
			    levels 0..3
			    page descriptor page at level 3 {
			        valid    [0] = 1
			        oa       [47:12] address
			        software [58:55] software
			    }
			}

			claims pkvm on f.page.software {
			    claim state [56:55]
			}

			ownership m {
			    state OWNED
			    state NOPAGE
			    initially NOPAGE
			    component host initially OWNED
			    component hyp
			    transition donate {
			        initiator OWNED -> NOPAGE
			        completer NOPAGE -> OWNED
			    }
			}

			encoding e of m in pkvm.state {
			    OWNED  = 0b00
			    NOPAGE = 0b01
			    reserved 0b10
			    reserved 0b11
			}
			""";

	@Test
	void aTypedDuplicateIsFixedWithCtrl1AndItsAnnotationGoes() throws CoreException {
		IProject project = Workbench.project("ptl-typing-fixes");
		IFile file = Workbench.write(project, "fixes.ptl", CLEAN);
		ITextEditor editor = EditorTest.open(file);
		IDocument document = EditorTest.document(editor);
		ISourceViewer viewer = Workbench.ui(() -> (ISourceViewer) editor.getAdapter(ITextOperationTarget.class));
		// two defects: a duplicated encoding (fixable) and a field past bit 63 (no fix)
		replace(document, "NOPAGE = 0b01", "NOPAGE = 0b00");
		replace(document, "oa       [47:12] address", "oa       [64:12] address");
		Workbench.waitUntil("the typed problems", Duration.ofSeconds(30),
				() -> problem(editor, "encoding.duplicate") != null && problem(editor, "bits.range") != null);

		Annotation duplicate = problem(editor, "encoding.duplicate");
		Annotation range = problem(editor, "bits.range");
		assertTrue(((IQuickFixableAnnotation) duplicate).isQuickFixable(), "a light bulb on the duplicate");
		assertFalse(range instanceof IQuickFixableAnnotation fixable && fixable.isQuickFixable(), "none where no fix exists");
		IQuickAssistAssistant assistant = Workbench.ui(() -> ((ISourceViewerExtension3) viewer).getQuickAssistAssistant());
		assertTrue(Workbench.ui(() -> assistant.canFix(duplicate)), "the editor's Quick Fix knows the processor");
		assertFalse(Workbench.ui(() -> assistant.canFix(range)));
		Workbench.screenshot("quick-fix-while-typing");

		int at = Workbench.ui(() -> document.get().indexOf("NOPAGE = 0b00") + "NOPAGE = ".length());
		ICompletionProposal[] proposals = Workbench.ui(() -> new org.ptl.ui.editor.PtlQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(viewer, at, -1)));
		List<String> labels = new ArrayList<>();
		for (ICompletionProposal proposal : proposals) {
			labels.add(proposal.getDisplayString());
		}
		assertEquals(List.of("Encode 'NOPAGE' as 0b01", "Declare 'NOPAGE' not encoded"), labels);
		Workbench.ui(() -> proposals[0].apply(document));
		String text = Workbench.ui(() -> document.get());
		assertTrue(text.contains("    NOPAGE = 0b01\n    reserved 0b10\n"), text);
		assertEquals(null, problem(editor, "encoding.duplicate"), "the fixed problem's annotation goes at once");
		Workbench.waitUntil("the re-validation", Duration.ofSeconds(30), () -> problem(editor, "bits.range") != null
				&& problem(editor, "encoding.duplicate") == null);
		Workbench.ui(() -> editor.doRevertToSaved());
	}

	private static void replace(IDocument document, String text, String by) {
		Workbench.ui(() -> {
			try {
				document.replace(document.get().indexOf(text), text.length(), by);
			} catch (BadLocationException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** The typed (not marker) problem annotation of the check, or null. */
	private static Annotation problem(ITextEditor editor, String checkId) {
		return Workbench.ui(() -> {
			var model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
			Annotation found = null;
			for (var all = model.getAnnotationIterator(); all.hasNext();) {
				Annotation annotation = all.next();
				if (!(annotation instanceof MarkerAnnotation) && !annotation.isMarkedDeleted() && annotation.getText() != null
						&& annotation.getText().endsWith("[" + checkId + "]")) {
					found = annotation;
				}
			}
			return found;
		});
	}
}
