package org.ptl.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.ptl.ui.PtlUi;

/** File > New > PTL Example Project: the bundled examples in a new PTL project ({@link ExampleProject}). */
public final class NewExampleProjectWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private WizardNewProjectCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle("New PTL Example Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project");
		page.setTitle("PTL Example Project");
		page.setDescription("The bundled arm64, KVM, pKVM and pKVM-IA examples, checked on save and ready to run.");
		page.setInitialProjectName("ptl-examples");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		try {
			getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor)
						throws org.eclipse.core.runtime.CoreException {
					ExampleProject.create(project, monitor);
				}
			});
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), project.getFile(ExampleProject.FIRST_FILE));
			return true;
		} catch (InvocationTargetException | org.eclipse.ui.PartInitException failure) {
			Throwable cause = failure instanceof InvocationTargetException wrapped ? wrapped.getCause() : failure;
			PtlUi.log("cannot create the PTL example project", cause);
			MessageDialog.openError(getShell(), "New PTL Example Project", "Cannot create the project: " + cause.getMessage());
			return false;
		} catch (InterruptedException cancelled) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
