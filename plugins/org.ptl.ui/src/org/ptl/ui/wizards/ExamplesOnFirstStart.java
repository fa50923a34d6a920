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
 * lands in a workbench with something to check and run, its window maximised. Without the property
 * it does nothing. The platform log gets INFO entries naming the opened file and the window's size
 * (the product smoke test looks for them).
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
			boolean firstStart = !project.exists();
			try {
				if (firstStart) {
					ExampleProject.create(project, monitor);
				}
			} catch (CoreException cannot) {
				return cannot.getStatus();
			}
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
				if (firstStart) {
					maximize();
				}
				open(project);
			});
			return Status.OK_STATUS;
		});
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.schedule();
	}

	/**
	 * A new workspace's window fills the screen (later starts restore what the user left). Without a
	 * window manager (a bare X server) maximising does nothing, so the window then takes the
	 * monitor's whole work area itself.
	 */
	private static void maximize() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			return;
		}
		var shell = window.getShell();
		var area = shell.getMonitor().getClientArea();
		shell.setMaximized(true);
		if (!shell.getMaximized()) {
			shell.setBounds(area);
		}
		PtlUi.getDefault().getLog().log(new Status(IStatus.INFO, PtlUi.PLUGIN_ID,
				"the workbench window fills the screen (" + area.width + "x" + area.height + ")"));
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
