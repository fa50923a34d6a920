package org.ptl.ui.debug;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.LineBreakpoint;
import org.ptl.ui.PtlUi;

/**
 * A breakpoint on a step of a scenario: a debug launch stops before running the step on its line.
 * Kept as a persistent marker of the .ptl file, so it survives restarts and moves with edits.
 */
public final class PtlLineBreakpoint extends LineBreakpoint {

	/** The marker type of PTL line breakpoints (a line breakpoint marker, persistent). */
	public static final String MARKER_TYPE = "org.ptl.ui.lineBreakpointMarker";

	/** For the breakpoint manager, which restores breakpoints from their markers. */
	public PtlLineBreakpoint() {
	}

	/** A new breakpoint on the line (1-based) of the file; it is not registered yet. */
	public PtlLineBreakpoint(IFile file, int line) throws CoreException {
		IWorkspaceRunnable create = monitor -> {
			IMarker marker = file.createMarker(MARKER_TYPE);
			setMarker(marker);
			marker.setAttributes(Map.of(IBreakpoint.ENABLED, Boolean.TRUE, IMarker.LINE_NUMBER, line,
					IBreakpoint.ID, PtlDebugElement.MODEL_ID, IBreakpoint.PERSISTED, Boolean.TRUE,
					IMarker.MESSAGE, "PTL breakpoint: " + file.getName() + " [line: " + line + "]"));
		};
		run(getMarkerRule(file), create);
	}

	@Override
	public String getModelIdentifier() {
		return PtlDebugElement.MODEL_ID;
	}

	/** The registered PTL breakpoints on the line of the file. */
	public static List<PtlLineBreakpoint> at(IFile file, int line) {
		List<PtlLineBreakpoint> found = new ArrayList<>();
		for (IBreakpoint breakpoint : manager().getBreakpoints(PtlDebugElement.MODEL_ID)) {
			try {
				if (breakpoint instanceof PtlLineBreakpoint ptl && ptl.getMarker() != null && ptl.getMarker().exists()
						&& file.equals(ptl.getMarker().getResource()) && ptl.getLineNumber() == line) {
					found.add(ptl);
				}
			} catch (CoreException gone) {
				// deleted meanwhile: not a breakpoint any more
			}
		}
		return found;
	}

	/**
	 * Whether a line of the file stops a debug launch: it has an enabled breakpoint, and breakpoints
	 * are not skipped (Run > Skip All Breakpoints). Read at each step, so changes apply at once.
	 */
	static IntPredicate linesIn(IFile file) {
		return line -> manager().isEnabled() && at(file, line).stream().anyMatch(PtlLineBreakpoint::enabled);
	}

	private static boolean enabled(PtlLineBreakpoint breakpoint) {
		try {
			return breakpoint.isEnabled();
		} catch (CoreException unreadable) {
			PtlUi.log("cannot read a PTL breakpoint", unreadable);
			return false;
		}
	}

	private static IBreakpointManager manager() {
		return DebugPlugin.getDefault().getBreakpointManager();
	}
}
