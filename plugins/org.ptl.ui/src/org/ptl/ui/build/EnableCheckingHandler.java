package org.ptl.ui.build;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Configure > Enable PTL Checking: adds the PTL nature (and so the on-save builder) to the selected
 * projects, for projects that hold .ptl files but were not made by the PTL wizards.
 */
public final class EnableCheckingHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (!(selection instanceof IStructuredSelection structured)) {
			return null;
		}
		for (Object element : structured) {
			IProject project = Adapters.adapt(element, IProject.class);
			if (project == null) {
				continue;
			}
			try {
				PtlNature.addTo(project, null);
			} catch (CoreException cannot) {
				ErrorDialog.openError(HandlerUtil.getActiveShell(event), "Enable PTL Checking",
						"Cannot enable PTL checking on " + project.getName(), cannot.getStatus());
			}
		}
		return null;
	}
}
