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
 * on one of the workspace's bindings, importing the binding's file by its relative path), in the
 * selected folder, named after what it declares; a name the workspace declares already is warned
 * about. The project gets the PTL nature so the file is checked on save; the file opens in the editor.
 */
public final class NewPtlFileWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage filePage;
	private TemplatePage templatePage;
	private WorkspaceModels models;
	/** The file name the wizard last proposed; a name the user typed is kept. */
	private String proposedFileName = "my_format.ptl";

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection != null && !selection.isEmpty() ? selection : editedFile(workbench);
		setWindowTitle("New PTL File");
		setNeedsProgressMonitor(true);
	}

	/** From an editor (no resource selected), the new file goes beside the one edited. */
	private static IStructuredSelection editedFile(IWorkbench workbench) {
		var window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		var editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		if (editor != null && editor.getEditorInput() instanceof org.eclipse.ui.IFileEditorInput input) {
			return new org.eclipse.jface.viewers.StructuredSelection(input.getFile());
		}
		return org.eclipse.jface.viewers.StructuredSelection.EMPTY;
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
		filePage.setFileName(proposedFileName);
		addPage(filePage);
		models = workspace();
		templatePage = new TemplatePage(models == null ? List.of() : models.all(Binding.class), this::declaredIn,
				this::nameChanged);
		addPage(templatePage);
	}

	private static WorkspaceModels workspace() {
		try {
			return WorkspaceModels.load();
		} catch (CoreException | RuntimeException unreadable) {
			PtlUi.log("cannot read the workspace's .ptl files", unreadable);
			return null;
		}
	}

	/** The file that already declares an element of the kind with the name, or null. */
	private String declaredIn(Templates.Kind kind, String name) {
		if (models == null) {
			return null;
		}
		return models.all(kind.declares).stream().filter(element -> name.equals(element.getName())).findFirst()
				.map(element -> {
					IFile file = PtlResources.fileOf(element.eResource().getURI());
					return file == null ? element.eResource().getURI().lastSegment() : file.getFullPath().toString();
				}).orElse(null);
	}

	/** The file is named after what it declares, until the user names it. */
	private void nameChanged(String declared) {
		if (filePage.getControl() == null || !proposedFileName.equals(filePage.getFileName())
				|| !declared.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			return;
		}
		proposedFileName = declared + ".ptl";
		filePage.setFileName(proposedFileName);
	}

	// for tests: what the pages show and what a user would click

	/** The folder the new file goes in. */
	public org.eclipse.core.runtime.IPath container() {
		return filePage.getContainerFullPath();
	}

	public String fileName() {
		return filePage.getFileName();
	}

	public void chooseKind(Templates.Kind kind) {
		templatePage.choose(kind);
	}

	public String declaredName() {
		return templatePage.declaredName();
	}

	public void declaredName(String name) {
		templatePage.declaredName(name);
	}

	public List<String> bindingChoices() {
		return templatePage.bindingChoices();
	}

	/** The template page's warning, or null. */
	public String warning() {
		return templatePage.getMessage();
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
