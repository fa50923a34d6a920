package org.ptl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;

/**
 * The PTL perspective shows the editor with Outline, Problems (not Tasks), PTL Simulation and PTE
 * Decoder, offers the PTL wizards under File > New, and is the perspective the product opens in
 * (screenshot).
 */
class PerspectiveTest {

	private static final String ID = "org.ptl.ui.perspective";

	@Test
	void thePerspectiveHasThePtlViewsAndWizards() throws CoreException {
		IProject project = Workbench.examplesProject("ptl-perspective");
		IWorkbenchPage page = Workbench.ui(() -> {
			try {
				return PlatformUI.getWorkbench().showPerspective(ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
			} catch (WorkbenchException e) {
				throw new IllegalStateException(e);
			}
		});
		Workbench.ui(() -> page.resetPerspective());
		assertEquals(ID, Workbench.ui(() -> page.getPerspective().getId()));
		for (String view : List.of(IPageLayout.ID_OUTLINE, IPageLayout.ID_PROBLEM_VIEW, "org.ptl.ui.simulationView",
				"org.ptl.ui.decoderView", "org.ptl.ui.diagramView")) {
			assertNotNull(Workbench.ui(() -> page.findViewReference(view)), view + " is in the perspective");
		}
		assertNull(Workbench.ui(() -> page.findViewReference(IPageLayout.ID_TASK_LIST)), "no Tasks view");
		List<String> wizards = Arrays.asList(Workbench.ui(() -> page.getNewWizardShortcuts()));
		assertTrue(wizards.containsAll(List.of("org.ptl.ui.newFile", "org.ptl.ui.newExampleProject")), wizards.toString());
		EditorTest.open(project.getFile("pkvm/ownership_v5_15.ptl"));
		Workbench.screenshot("perspective");
	}

	@Test
	void theProductOpensInThePtlPerspective() throws IOException {
		String customization = Files.readString(Workbench.root().resolve("plugins/org.ptl.branding/plugin_customization.ini"));
		assertTrue(customization.contains("org.eclipse.ui/defaultPerspectiveId=" + ID), customization);
		String branding = Files.readString(Workbench.root().resolve("plugins/org.ptl.branding/plugin.xml"));
		assertTrue(branding.contains("name=\"preferenceCustomization\" value=\"plugin_customization.ini\""), branding);
		assertTrue(Files.readString(Workbench.root().resolve("plugins/org.ptl.branding/build.properties"))
				.contains("plugin_customization.ini"), "the file is packaged");
		assertNotNull(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(ID));
	}
}
