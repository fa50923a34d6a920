package org.ptl.ui.refactoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.ptl.lang.ide.references.NameOccurrence;
import org.ptl.ui.model.PtlResources;

/**
 * Find References (Ctrl+Shift+G, the Generic Editor's command) in a .ptl editor: every place in the
 * workspace that names the element under the caret, listed in the PTL References view.
 */
public final class FindReferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		EditorCaret caret = EditorCaret.of(event);
		if (caret == null) {
			return null;
		}
		try {
			Renaming.Target target = Renaming.targetAt(caret.document(), caret.offset());
			if (target == null) {
				MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Find References",
						"Put the caret on the name of a PTL element or a reference to it.");
				return null;
			}
			ReferencesView view = (ReferencesView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.showView(ReferencesView.ID);
			view.show(target.kind() + " " + org.ptl.lang.util.PtlNames.qualified(target.declaration()), rows(target));
		} catch (CoreException failed) {
			throw new ExecutionException("cannot find references", failed);
		}
		return null;
	}

	static List<ReferenceRow> rows(Renaming.Target target) {
		List<ReferenceRow> rows = new ArrayList<>();
		for (Map.Entry<URI, List<NameOccurrence>> file : Renaming.occurrences(target).entrySet()) {
			IFile workspaceFile = PtlResources.fileOf(file.getKey());
			XtextResource resource = (XtextResource) target.resources().getResource(file.getKey(), false);
			if (workspaceFile == null || resource == null) {
				continue;
			}
			String text = resource.getParseResult().getRootNode().getText();
			for (NameOccurrence occurrence : file.getValue()) {
				rows.add(new ReferenceRow(workspaceFile, occurrence.offset(), occurrence.length(), occurrence.line(),
						lineAt(text, occurrence.offset()), occurrence.declaration()));
			}
		}
		return rows;
	}

	private static String lineAt(String text, int offset) {
		int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int end = text.indexOf('\n', offset);
		return text.substring(start, end < 0 ? text.length() : end).strip();
	}
}
