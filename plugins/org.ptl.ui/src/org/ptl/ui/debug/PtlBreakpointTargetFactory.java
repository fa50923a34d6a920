package org.ptl.ui.debug;

import java.util.Set;

import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTargetFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;

/** Offers {@link PtlBreakpointToggler} to the Debug platform for editors of .ptl files, and only for them. */
public final class PtlBreakpointTargetFactory implements IToggleBreakpointsTargetFactory {

	static final String TARGET = "org.ptl.ui.lineBreakpoints";

	@Override
	public Set<String> getToggleTargets(IWorkbenchPart part, ISelection selection) {
		return PtlBreakpointToggler.fileOf(part) == null ? Set.of() : Set.of(TARGET);
	}

	@Override
	public String getDefaultToggleTarget(IWorkbenchPart part, ISelection selection) {
		return PtlBreakpointToggler.fileOf(part) == null ? null : TARGET;
	}

	@Override
	public IToggleBreakpointsTarget createToggleTarget(String targetID) {
		return TARGET.equals(targetID) ? new PtlBreakpointToggler() : null;
	}

	@Override
	public String getToggleTargetName(String targetID) {
		return "PTL Breakpoints";
	}

	@Override
	public String getToggleTargetDescription(String targetID) {
		return "Breakpoints on the steps of PTL scenarios";
	}
}
