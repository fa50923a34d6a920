package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;
import org.ptl.lang.util.PtlNames;
import org.ptl.ui.editor.PtlOutlinePage;

/**
 * The Outline has an icon per kind, sorts on request, follows the caret (link with editor) and
 * keeps what was open when the text changes.
 */
class OutlineTest {

	@Test
	void iconsSortLinkAndExpansion() throws CoreException {
		IProject project = Workbench.examplesProject("ptl-outline");
		IFile file = project.getFile("pkvm/ownership_v5_15.ptl");
		ITextEditor editor = EditorTest.open(file);
		IDocument document = EditorTest.document(editor);
		ContentOutline outline = Workbench.ui(() -> {
			try {
				return (ContentOutline) Workbench.page().showView(IPageLayout.ID_OUTLINE);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		Workbench.ui(() -> Workbench.page().activate(editor));
		PtlOutlinePage page = Workbench.ui(() -> (PtlOutlinePage) outline.getCurrentPage());
		Workbench.waitUntil("the outline's model", Duration.ofSeconds(30), () -> Workbench.ui(() -> page.tree().getInput() != null));

		// icons: one per kind
		TreeItem model = Workbench.ui(() -> page.tree().getTree().getItem(0));
		assertEquals("ownership model pkvm_v5_15", Workbench.ui(() -> model.getText()));
		TreeItem[] states = Workbench.ui(() -> model.getItems());
		assertNotNull(Workbench.ui(() -> model.getImage()), "the model has an icon");
		assertNotNull(Workbench.ui(() -> states[0].getImage()));
		assertNotEquals(Workbench.ui(() -> model.getImage()), Workbench.ui(() -> states[0].getImage()), "kinds differ");

		// sort
		List<String> fileOrder = labels(model);
		assertEquals("state OWNED", fileOrder.get(0));
		Workbench.ui(() -> page.setSorted(true));
		List<String> sorted = labels(modelItem(page));
		assertEquals(fileOrder.stream().sorted().toList(), sorted);
		assertNotEquals(fileOrder, sorted);
		Workbench.ui(() -> page.setSorted(false));
		assertEquals(fileOrder, labels(modelItem(page)));

		// link with editor
		int caret = document.get().indexOf("state SHARED_BORROWED") + 8;
		Workbench.ui(() -> editor.selectAndReveal(caret, 0));
		Workbench.waitUntil("the outline to follow the caret", Duration.ofSeconds(10), () -> "pkvm_v5_15.SHARED_BORROWED"
				.equals(Workbench.ui(() -> selected(page))));

		// expansion kept across an edit
		String transition = "pkvm_v5_15.share";
		Workbench.ui(() -> page.tree().collapseAll());
		Workbench.ui(() -> page.tree().expandToLevel(page.tree().getTree().getItem(0).getData(), 1));
		Object before = Workbench.ui(() -> page.tree().getInput());
		Workbench.ui(() -> {
			try {
				document.replace(0, 0, "// edited\n");
			} catch (org.eclipse.jface.text.BadLocationException e) {
				throw new IllegalStateException(e);
			}
		});
		Workbench.waitUntil("the re-parse", Duration.ofSeconds(30), () -> Workbench.ui(() -> page.tree().getInput()) != before);
		Workbench.settle();
		List<String> expanded = Workbench.ui(() -> Arrays.stream(page.tree().getExpandedElements())
				.map(element -> PtlNames.qualified((EObject) element)).toList());
		assertEquals(List.of("pkvm_v5_15"), expanded, "only the model stays open, as before the edit (not " + transition + ")");
		Workbench.screenshot("outline");
		Workbench.ui(() -> editor.doRevertToSaved());
	}

	/** The model's item, wherever sorting put it (sorted, the encoding comes first). */
	private static TreeItem modelItem(PtlOutlinePage page) {
		return Workbench.ui(() -> Arrays.stream(page.tree().getTree().getItems())
				.filter(item -> item.getText().equals("ownership model pkvm_v5_15")).findFirst().orElseThrow());
	}

	private static String selected(PtlOutlinePage page) {
		Object element = ((IStructuredSelection) page.tree().getSelection()).getFirstElement();
		return element == null ? null : PtlNames.qualified((EObject) element);
	}

	private static List<String> labels(TreeItem parent) {
		return Workbench.ui(() -> Arrays.stream(parent.getItems()).map(TreeItem::getText).toList());
	}

}
