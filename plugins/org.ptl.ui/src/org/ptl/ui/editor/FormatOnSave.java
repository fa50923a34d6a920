package org.ptl.ui.editor;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.ptl.ui.PtlPreferences;

/**
 * Format on save (off unless the PTL preference is on): just before File > Save or Save All runs,
 * the .ptl editors it will save are formatted. Files with syntax errors are saved as typed.
 */
public final class FormatOnSave implements IStartup, IExecutionListener {

	private static final String SAVE = "org.eclipse.ui.file.save";
	private static final String SAVE_ALL = "org.eclipse.ui.file.saveAll";

	@Override
	public void earlyStartup() {
		PlatformUI.getWorkbench().getDisplay().asyncExec(
				() -> PlatformUI.getWorkbench().getService(ICommandService.class).addExecutionListener(this));
	}

	@Override
	public void preExecute(String commandId, ExecutionEvent event) {
		if (!PtlPreferences.formatOnSave() || !(SAVE.equals(commandId) || SAVE_ALL.equals(commandId))) {
			return;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		if (SAVE.equals(commandId)) {
			formatIfPtl(page.getActiveEditor());
		} else {
			for (IEditorReference reference : page.getEditorReferences()) {
				formatIfPtl(reference.getEditor(false));
			}
		}
	}

	private static void formatIfPtl(IEditorPart part) {
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		IFile file = part == null ? null : part.getEditorInput().getAdapter(IFile.class);
		if (editor != null && file != null && "ptl".equals(file.getFileExtension()) && editor.isDirty()) {
			DocumentFormatting.format(editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		}
	}

	@Override
	public void notHandled(String commandId, NotHandledException exception) {
	}

	@Override
	public void postExecuteFailure(String commandId, ExecutionException exception) {
	}

	@Override
	public void postExecuteSuccess(String commandId, Object returnValue) {
	}
}
