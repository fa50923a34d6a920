package org.ptl.ui.debug;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.ptl.model.Step;
import org.ptl.ui.model.PtlDocuments;

/**
 * Toggles a PTL line breakpoint (ruler double-click, Run > Toggle Breakpoint) in a .ptl editor: on
 * a line where a scenario step starts it adds one, or removes the one there; other lines take none,
 * since only steps are where a simulation can stop.
 */
public final class PtlBreakpointToggler implements IToggleBreakpointsTarget {

	@Override
	public boolean canToggleLineBreakpoints(IWorkbenchPart part, ISelection selection) {
		return fileOf(part) != null && selection instanceof ITextSelection;
	}

	@Override
	public void toggleLineBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
		IFile file = fileOf(part);
		ITextEditor editor = part.getAdapter(ITextEditor.class);
		if (file == null || editor == null || !(selection instanceof ITextSelection text)) {
			return;
		}
		toggle(file, editor.getDocumentProvider().getDocument(editor.getEditorInput()), text.getStartLine() + 1);
	}

	/**
	 * Removes the breakpoints on the line (1-based), or adds one when there is none and a step
	 * starts there; returns whether the line has a breakpoint now.
	 */
	public static boolean toggle(IFile file, IDocument document, int line) throws CoreException {
		List<PtlLineBreakpoint> existing = PtlLineBreakpoint.at(file, line);
		if (!existing.isEmpty()) {
			for (PtlLineBreakpoint breakpoint : existing) {
				breakpoint.delete();
			}
			return false;
		}
		if (!stepStartsOn(document, line)) {
			return false;
		}
		DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(new PtlLineBreakpoint(file, line));
		return true;
	}

	/** Whether a scenario's step starts on the line (1-based) of the document's text. */
	static boolean stepStartsOn(IDocument document, int line) {
		PtlDocuments.Parsed parsed = PtlDocuments.current(document);
		if (parsed == null) {
			// not reconciled yet (just opened): a small parse, on a rare user action
			parsed = PtlDocuments.parse(document);
		}
		for (var all = parsed.resource().getAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof Step) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
				if (node != null && node.getStartLine() == line) {
					return true;
				}
			}
		}
		return false;
	}

	static IFile fileOf(IWorkbenchPart part) {
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input
				&& "ptl".equals(input.getFile().getFileExtension())) {
			return input.getFile();
		}
		return null;
	}

	@Override
	public boolean canToggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
		return false;
	}

	@Override
	public void toggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
		// a scenario has no methods
	}

	@Override
	public boolean canToggleWatchpoints(IWorkbenchPart part, ISelection selection) {
		return false;
	}

	@Override
	public void toggleWatchpoints(IWorkbenchPart part, ISelection selection) {
		// a scenario has no fields to watch
	}
}
