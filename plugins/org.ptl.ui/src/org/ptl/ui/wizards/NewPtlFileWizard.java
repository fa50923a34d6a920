package org.ptl.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.ptl.model.Binding;
import org.ptl.model.Component;
import org.ptl.model.OwnershipModel;
import org.ptl.ui.PtlUi;
import org.ptl.ui.build.PtlNature;
import org.ptl.ui.model.PtlResources;
import org.ptl.ui.model.WorkspaceModels;

/**
 * File > New > PTL File: a .ptl file from a template (a format, an ownership model, or a scenario
 * on one of the workspace's bindings, importing the binding's file by its relative path), in a
 * project that gets the PTL nature so the file is checked on save; the new file opens in the editor.
 */
public final class NewPtlFileWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage filePage;
	private TemplatePage templatePage;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New PTL File");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		filePage = new WizardNewFileCreationPage("file", selection) {
			@Override
			protected InputStream getInitialContents() {
				return new ByteArrayInputStream(contents().getBytes(StandardCharsets.UTF_8));
			}
		};
		filePage.setTitle("New PTL File");
		filePage.setDescription("A .ptl file: page-table formats, ownership models, scenarios.");
		filePage.setFileExtension("ptl");
		filePage.setFileName("new.ptl");
		addPage(filePage);
		templatePage = new TemplatePage(bindings());
		addPage(templatePage);
	}

	private static List<Binding> bindings() {
		try {
			return WorkspaceModels.load().all(Binding.class);
		} catch (CoreException | RuntimeException unreadable) {
			PtlUi.log("cannot read the workspace's bindings", unreadable);
			return List.of();
		}
	}

	/** The new file's text: the chosen template filled in. */
	String contents() {
		String name = templatePage.declaredName();
		if (templatePage.kind() != Templates.Kind.SCENARIO) {
			return Templates.fill(templatePage.kind(), Map.of("name", name));
		}
		Binding binding = templatePage.binding();
		OwnershipModel model = binding.getModel();
		List<Component> components = model.getComponents();
		URI target = binding.eResource().getURI();
		URI here = PtlResources.uriOf(filePage.getContainerFullPath() == null ? null
				: org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
						.getFile(filePage.getContainerFullPath().append(filePage.getFileName())));
		return Templates.fill(Templates.Kind.SCENARIO, Map.of("name", name, "binding", binding.getName(),
				"import", target.deresolve(here, true, true, true).toString(),
				"transition", model.getTransitions().isEmpty() ? "share" : model.getTransitions().get(0).getName(),
				"initiator", components.isEmpty() ? "host" : components.get(0).getName(),
				"completer", components.size() < 2 ? "hyp" : components.get(1).getName()));
	}

	@Override
	public boolean performFinish() {
		IFile file = filePage.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			PtlNature.addTo(file.getProject(), null);
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (CoreException | RuntimeException cannot) {
			PtlUi.log("cannot finish creating " + file.getFullPath(), cannot);
		}
		return true;
	}

	@Override
	public boolean canFinish() {
		return filePage.isPageComplete() && templatePage.isPageComplete();
	}
}
