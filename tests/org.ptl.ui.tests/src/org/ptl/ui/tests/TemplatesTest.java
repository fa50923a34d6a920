package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.ptl.ui.editor.PtlContentAssistProcessor;
import org.ptl.ui.editor.PtlTemplates;

/**
 * The transition, scenario and claim templates come from templates.xml and are offered only where
 * the grammar takes their keyword: a transition inside an ownership model, a claim inside claims.
 */
class TemplatesTest {

	private static final String TEXT = """
			ownership m {
			    state A
			    state B
			    tr
			}

			claims c on f.page.software {
			    cl
			}
			""";

	@Test
	void templatesAreOfferedWhereTheirKeywordFits() throws CoreException {
		assertEquals(List.of("transition", "scenario", "claim"), PtlTemplates.all().stream().map(t -> t.getName()).toList());
		IProject project = Workbench.project("ptl-templates");
		IFile file = Workbench.write(project, "t.ptl", TEXT);
		ITextEditor editor = EditorTest.open(file);
		IDocument document = EditorTest.document(editor);
		int inModel = TEXT.indexOf("    tr\n") + "    tr".length();
		int inClaims = TEXT.indexOf("    cl\n") + "    cl".length();
		assertEquals(List.of("transition"), templates(document, inModel));
		assertEquals(List.of("claim"), templates(document, inClaims), "no transition template in claims");

		ICompletionProposal transition = PtlContentAssistProcessor.withTemplates(document, inModel).stream()
				.filter(TemplateProposal.class::isInstance).findFirst().orElseThrow();
		ITextViewer viewer = Workbench.ui(() -> (ITextViewer) editor.getAdapter(ITextOperationTarget.class));
		Workbench.ui(() -> ((TemplateProposal) transition).apply(viewer, '\0', 0, inModel));
		String text = Workbench.ui(() -> document.get());
		assertTrue(text.contains("    transition name \"description\" {\n        initiator OWNED -> SHARED_OWNED\n"), text);
		Workbench.screenshot("template-transition");
		Workbench.ui(() -> editor.doRevertToSaved());
	}

	private static List<String> templates(IDocument document, int offset) {
		return PtlContentAssistProcessor.withTemplates(document, offset).stream().filter(TemplateProposal.class::isInstance)
				.map(proposal -> ((TemplateProposal) proposal).getDisplayString().split(" ")[0]).toList();
	}
}
