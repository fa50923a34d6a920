package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.ptl.ui.build.PtlNature;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.ptl.ui.wizards.ExampleProject;
import org.ptl.ui.wizards.NewPtlFileWizard;
import org.ptl.ui.wizards.Templates;

/**
 * The example project holds the bundled examples with the PTL nature and checks clean; every
 * new-file template, filled in, checks clean too; the New PTL File wizard takes its folder from the
 * selection, proposes a name per kind, shows bindings with their files and warns of a name the
 * workspace declares already (screenshot).
 */
class WizardTest {

	@Test
	void theExampleProjectHasTheExamplesAndChecksClean() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("ptl-wizard-examples");
		ExampleProject.create(project, null);
		Workbench.waitForBuild();
		assertTrue(project.hasNature(PtlNature.ID));
		assertTrue(project.getFile(ExampleProject.FIRST_FILE).exists());
		assertTrue(project.getFile("arm64/stage2_4k.ptl").exists());
		assertEquals(List.of(), errors(project));
	}

	@Test
	void everyTemplateChecksClean() throws CoreException {
		IProject project = Workbench.examplesProject("ptl-wizard-templates");
		IFile format = Workbench.write(project, "new_format.ptl", Templates.fill(Templates.Kind.FORMAT, Map.of("name", "my_format")));
		IFile model = Workbench.write(project, "new_model.ptl", Templates.fill(Templates.Kind.OWNERSHIP, Map.of("name", "my_model")));
		IFile scenario = Workbench.write(project, "new_scenario.ptl", Templates.fill(Templates.Kind.SCENARIO,
				Map.of("name", "my_scenario", "binding", "pkvm_v5_15_arm64", "import", "pkvm/binding_v5_15.ptl",
						"transition", "share", "initiator", "host", "completer", "hyp")));
		for (IFile file : List.of(format, model, scenario)) {
			assertEquals(List.of(), OnSaveValidationTest.checks(file), file.getName());
		}
	}

	@Test
	void theNewFileWizardFollowsTheSelectionTheKindAndTheWorkspace() throws CoreException {
		IProject project = Workbench.examplesProject("ptl-wizard-new");
		org.eclipse.core.resources.IFolder folder = project.getFolder("pkvm");
		NewPtlFileWizard wizard = new NewPtlFileWizard();
		WizardDialog dialog = Workbench.ui(() -> {
			wizard.init(org.eclipse.ui.PlatformUI.getWorkbench(), new StructuredSelection(folder));
			WizardDialog opened = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
			opened.setBlockOnOpen(false);
			opened.open();
			return opened;
		});
		try {
			assertEquals(folder.getFullPath(), Workbench.ui(() -> wizard.container()), "the folder comes from the selection");
			Workbench.ui(() -> dialog.showPage(dialog.getCurrentPage().getNextPage()));
			assertEquals("my_format", Workbench.ui(() -> wizard.declaredName()));
			Workbench.ui(() -> wizard.chooseKind(Templates.Kind.OWNERSHIP));
			assertEquals("my_model", Workbench.ui(() -> wizard.declaredName()), "a name per kind");
			assertEquals("my_model.ptl", Workbench.ui(() -> wizard.fileName()), "the file is named after it");
			Workbench.ui(() -> wizard.chooseKind(Templates.Kind.SCENARIO));
			List<String> bindings = Workbench.ui(() -> wizard.bindingChoices());
			assertTrue(bindings.contains("pkvm_v5_15_arm64  (/ptl-wizard-new/pkvm/binding_v5_15.ptl)"), bindings.toString());
			Workbench.ui(() -> wizard.declaredName("v5_15_share_twice"));
			String warning = Workbench.ui(() -> wizard.warning());
			assertTrue(warning != null && warning.contains("declared already in /ptl-wizard-new/pkvm/scenarios_v5_15.ptl"),
					String.valueOf(warning));
			Workbench.settle();
			Workbench.screenshot("new-file-wizard");
			Workbench.ui(() -> wizard.chooseKind(Templates.Kind.FORMAT));
			assertEquals("v5_15_share_twice", Workbench.ui(() -> wizard.declaredName()), "a typed name stays");
		} finally {
			Workbench.ui(() -> dialog.close());
		}
	}

	private static List<String> errors(IProject project) throws CoreException {
		return OnSaveValidationTest.markers(project).stream()
				.filter(marker -> marker.getAttribute(org.eclipse.core.resources.IMarker.SEVERITY, -1) == org.eclipse.core.resources.IMarker.SEVERITY_ERROR)
				.map(marker -> marker.getResource().getName() + ": " + marker.getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, ""))
				.toList();
	}
}
