package org.ptl.ui.debug;

import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;

/**
 * The common base of PTL's debug model (target, thread, frame, variables): they all belong to the
 * model {@link #MODEL_ID}, whose presentation, breakpoints and source lookup PTL contributes.
 */
abstract class PtlDebugElement extends DebugElement {

	/** The debug model of PTL simulations. */
	public static final String MODEL_ID = "org.ptl.ui.debugModel";

	PtlDebugElement(IDebugTarget target) {
		super(target);
	}

	@Override
	public String getModelIdentifier() {
		return MODEL_ID;
	}
}
