package org.ptl.ui.debug;

import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.sourcelookup.ISourceLookupResult;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.ptl.ui.PtlUi;

/**
 * Shows where a suspended simulation stands: the Debug view (whose selection gives Step Over,
 * Resume and Terminate their target, F6 and F8 among them), and the step's line in the editor with
 * the debugger's instruction pointer. Runs on the UI thread, without taking the focus.
 */
final class SourcePointer {

	private SourcePointer() {
	}

	static void show(PtlThread thread) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			IStackFrame frame = thread.getTopStackFrame();
			if (page == null || frame == null) {
				return;
			}
			try {
				if (page.findView(IDebugUIConstants.ID_DEBUG_VIEW) == null) {
					page.showView(IDebugUIConstants.ID_DEBUG_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
				}
			} catch (PartInitException cannotShow) {
				PtlUi.log("cannot show the Debug view", cannotShow);
			}
			ISourceLookupResult result = DebugUITools.lookupSource(frame, frame.getLaunch().getSourceLocator());
			DebugUITools.displaySource(result, page);
		});
	}
}
