package org.ptl.ui.simulation;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.ptl.ui.PtlUi;

/** Opens a file in its editor (without taking the focus from the view) and selects a line or a range. */
public final class SourceReveal {

	private SourceReveal() {
	}

	public static void line(IWorkbenchPage page, IFile file, int line) {
		ITextEditor editor = open(page, file, false);
		if (editor == null || line < 1) {
			return;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		try {
			IRegion region = document.getLineInformation(Math.min(line, document.getNumberOfLines()) - 1);
			editor.selectAndReveal(region.getOffset(), region.getLength());
		} catch (BadLocationException outside) {
			// the file changed since the run: leave the selection as it is
		}
	}

	public static void range(IWorkbenchPage page, IFile file, int offset, int length) {
		ITextEditor editor = open(page, file, true);
		if (editor != null) {
			editor.selectAndReveal(offset, length);
		}
	}

	/** Selects a range in the file's editor without taking the focus from the view that asked. */
	public static void show(IWorkbenchPage page, IFile file, int offset, int length) {
		ITextEditor editor = open(page, file, false);
		if (editor != null) {
			editor.selectAndReveal(offset, length);
		}
	}

	private static ITextEditor open(IWorkbenchPage page, IFile file, boolean activate) {
		if (file == null || page == null) {
			return null;
		}
		try {
			IEditorPart part = IDE.openEditor(page, file, activate);
			return part == null ? null : part.getAdapter(ITextEditor.class);
		} catch (PartInitException cannotOpen) {
			PtlUi.log("cannot open " + file.getFullPath(), cannotOpen);
			return null;
		}
	}
}
