package org.ptl.ui.wizards;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.ptl.ui.PtlUi;

/**
 * What {@code ./ptl ide} asks for with {@code -Dptl.examples=NAME}: on a workspace without that
 * project, create the PTL example project under that name and open its first file, so a newcomer
 * lands in a workbench with something to check and run. Without the property it does nothing. The
 * platform log gets an INFO entry naming the opened file (the product smoke test looks for it).
 */
public final class ExamplesOnFirstStart implements IStartup {

	public static final String PROPERTY = "ptl.examples";

	@Override
	public void earlyStartup() {
		String name = System.getProperty(PROPERTY);
		if (name == null || name.isBlank()) {
			return;
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		Job job = Job.create("Creating the PTL example project", monitor -> {
			try {
				if (!project.exists()) {
					ExampleProject.create(project, monitor);
				}
			} catch (CoreException cannot) {
				return cannot.getStatus();
			}
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(project));
			return Status.OK_STATUS;
		});
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.schedule();
	}

	private static void open(IProject project) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			return;
		}
		try {
			IDE.openEditor(window.getActivePage(), project.getFile(ExampleProject.FIRST_FILE));
			PtlUi.getDefault().getLog().log(new Status(IStatus.INFO, PtlUi.PLUGIN_ID,
					"opened " + project.getFile(ExampleProject.FIRST_FILE).getFullPath() + " in the PTL editor"));
		} catch (PartInitException cannotOpen) {
			PtlUi.log("cannot open the PTL example", cannotOpen);
		}
	}
}
