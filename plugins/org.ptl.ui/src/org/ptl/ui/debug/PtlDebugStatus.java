package org.ptl.ui.debug;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugException;
import org.ptl.ui.PtlUi;

/** The statuses PTL's debug model fails with. */
final class PtlDebugStatus {

	private PtlDebugStatus() {
	}

	static IStatus notSupported(String what) {
		return new Status(IStatus.ERROR, PtlUi.PLUGIN_ID, DebugException.NOT_SUPPORTED,
				"a PTL simulation does not support " + what, null);
	}
}
