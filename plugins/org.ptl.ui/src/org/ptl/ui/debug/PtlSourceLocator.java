package org.ptl.ui.debug;

import org.eclipse.debug.core.model.ISourceLocator;
import org.eclipse.debug.core.model.IStackFrame;

/** The source of a PTL stack frame: the .ptl file whose scenario it stands in. */
public final class PtlSourceLocator implements ISourceLocator {

	@Override
	public Object getSourceElement(IStackFrame frame) {
		return frame instanceof PtlStackFrame ptl ? ptl.file() : null;
	}
}
