package org.ptl.ui.launch;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.ptl.ui.PtlUi;
import org.ptl.ui.simulation.SimulationView;

/** Brings the simulation view forward when a launch starts (on the UI thread, without waiting). */
final class ViewOpener {

	private ViewOpener() {
	}

	static void showSimulationView() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null || window.getActivePage() == null) {
				return;
			}
			try {
				var view = window.getActivePage().showView(SimulationView.ID, null,
						org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
				// on top of its stack (VIEW_VISIBLE may leave it behind the Problems view), not focused
				window.getActivePage().bringToTop(view);
			} catch (PartInitException cannotShow) {
				PtlUi.log("cannot show the PTL simulation view", cannotShow);
			}
		});
	}
}
