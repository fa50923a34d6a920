package org.ptl.ui.refactoring;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The .ptl editor a command runs in, with its document and caret offset.
 *
 * @param editor   the text editor
 * @param document its document
 * @param offset   the caret (start of the selection)
 */
record EditorCaret(ITextEditor editor, IDocument document, int offset) {

	/** The active text editor of the command's window and its caret, or null. */
	static EditorCaret of(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor == null || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		return document == null ? null : new EditorCaret(editor, document, selection.getOffset());
	}
}
