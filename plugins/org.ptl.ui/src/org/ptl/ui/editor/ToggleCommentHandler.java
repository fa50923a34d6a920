package org.ptl.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.ptl.lang.ide.editing.LineComments;
import org.ptl.ui.PtlUi;

/**
 * Toggle comment (Ctrl+/) in a .ptl editor: the selected lines (or the caret's line) get or lose the
 * language's line-comment prefix; the lines stay selected so the command can be repeated.
 */
public final class ToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor == null || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		try {
			toggle(editor, document, selection);
		} catch (BadLocationException outside) {
			// the selection is no longer in the document: nothing to toggle
		}
		return null;
	}

	static void toggle(ITextEditor editor, IDocument document, ITextSelection selection) throws BadLocationException {
		int firstLine = document.getLineOfOffset(selection.getOffset());
		int endOffset = selection.getOffset() + selection.getLength();
		int lastLine = document.getLineOfOffset(endOffset);
		if (lastLine > firstLine && selection.getLength() > 0 && document.getLineOffset(lastLine) == endOffset) {
			lastLine--; // a selection ending at a line start does not include that line
		}
		int start = document.getLineOffset(firstLine);
		IRegion last = document.getLineInformation(lastLine);
		int end = last.getOffset() + last.getLength();
		String toggled = PtlUi.injector().getInstance(LineComments.class).toggle(document.get(start, end - start));
		document.replace(start, end - start, toggled);
		editor.selectAndReveal(start, toggled.length());
	}
}
