package org.ptl.ui.refactoring;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Rename (Alt+Shift+R) in a .ptl editor: the element under the caret, by its declaration or any
 * reference, across every .ptl file of the workspace.
 */
public final class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		EditorCaret caret = EditorCaret.of(event);
		Shell shell = HandlerUtil.getActiveShell(event);
		if (caret == null) {
			return null;
		}
		try {
			Renaming.Target target = Renaming.targetAt(caret.document(), caret.offset());
			if (target == null) {
				MessageDialog.openInformation(shell, "Rename", "Put the caret on the name of a PTL element or a reference to it.");
				return null;
			}
			RenameDialog dialog = new RenameDialog(shell, target);
			if (dialog.open() == Window.OK) {
				Renaming.apply(target, dialog.getValue());
			}
		} catch (CoreException failed) {
			MessageDialog.openError(shell, "Rename", failed.getStatus().getMessage());
		}
		return null;
	}
}
