package org.ptl.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** Format (Ctrl+Shift+F) in a .ptl editor; with syntax errors it says so in the status line. */
public final class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor == null) {
			return null;
		}
		if (!DocumentFormatting.format(editor.getDocumentProvider().getDocument(editor.getEditorInput()))) {
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setErrorMessage("Cannot format: the file has syntax errors");
		}
		return null;
	}
}
