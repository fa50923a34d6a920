package org.ptl.ui;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.console.IConsoleConstants;
import org.ptl.ui.decoder.DecoderView;
import org.ptl.ui.pictures.DiagramView;
import org.ptl.ui.refactoring.ReferencesView;
import org.ptl.ui.simulation.SimulationView;

/**
 * The PTL perspective, where the product opens: projects on the left, the editor, its Outline and
 * the PTL Diagram on the right, and below the Problems (not Tasks), the PTL Simulation and PTE Decoder views, with the
 * references and the console beside them (a launch's output never covers the simulation view); the
 * Debug, Variables and Breakpoints views below the projects once debugging; the Run/Debug toolbar,
 * and File > New offering the PTL wizards.
 */
public final class PtlPerspective implements IPerspectiveFactory {

	public static final String ID = "org.ptl.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editor = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, editor);
		// the Debug view appears here when a debugged simulation suspends; Variables show ownership
		IFolderLayout debug = layout.createFolder("org.ptl.ui.perspective.debug", IPageLayout.BOTTOM, 0.6f,
				IPageLayout.ID_PROJECT_EXPLORER);
		debug.addPlaceholder(IDebugUIConstants.ID_DEBUG_VIEW);
		debug.addPlaceholder(IDebugUIConstants.ID_VARIABLE_VIEW);
		debug.addPlaceholder(IDebugUIConstants.ID_BREAKPOINT_VIEW);
		// the Outline and, below it, the PTL Diagram of the model or descriptor under the caret
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.75f, editor);
		layout.addView(DiagramView.ID, IPageLayout.BOTTOM, 0.5f, IPageLayout.ID_OUTLINE);
		IFolderLayout bottom = layout.createFolder("org.ptl.ui.perspective.bottom", IPageLayout.BOTTOM, 0.65f, editor);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(SimulationView.ID);
		bottom.addView(DecoderView.ID);
		// the console and references beside them, so that a launch's output never covers the simulation view
		IFolderLayout side = layout.createFolder("org.ptl.ui.perspective.bottomRight", IPageLayout.RIGHT, 0.7f,
				"org.ptl.ui.perspective.bottom");
		side.addPlaceholder(IConsoleConstants.ID_CONSOLE_VIEW);
		side.addPlaceholder(ReferencesView.ID);

		layout.addActionSet(IDebugUIConstants.LAUNCH_ACTION_SET);
		layout.addActionSet(IDebugUIConstants.DEBUG_ACTION_SET);

		layout.addNewWizardShortcut("org.ptl.ui.newFile");
		layout.addNewWizardShortcut("org.ptl.ui.newExampleProject");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");

		for (String view : new String[] { SimulationView.ID, DecoderView.ID, DiagramView.ID, ReferencesView.ID,
				IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROJECT_EXPLORER, IConsoleConstants.ID_CONSOLE_VIEW,
				IDebugUIConstants.ID_DEBUG_VIEW, IDebugUIConstants.ID_VARIABLE_VIEW, IDebugUIConstants.ID_BREAKPOINT_VIEW }) {
			layout.addShowViewShortcut(view);
		}
		layout.addPerspectiveShortcut(ID);
	}
}
