package org.ptl.ui.debug;

import java.util.function.Consumer;

import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;
import org.ptl.ui.simulation.SimulationSession;
import org.ptl.ui.simulation.SimulationSessions;

/**
 * A PTL simulation launched in debug mode, as the Debug view shows it: one thread (the scenarios
 * run one after the other), suspended before a step, stepping one step at a time (F5, F6), resumed
 * (F8), stopped at line breakpoints on steps. It follows its {@link SimulationSession}, which the
 * launch's job drives, and turns the session's changes into debug events, so that the Debug view,
 * the editor's instruction pointer and the step commands work as for any debugger.
 */
public final class PtlDebugTarget extends ThreadControl implements IDebugTarget {

	private final ILaunch launch;
	private final IProcess process;
	private final SimulationSession session;
	private final PtlThread thread;
	private final Consumer<SimulationSession> listener = this::changed;
	private boolean wasSuspended;
	private boolean wasTerminated;

	public PtlDebugTarget(ILaunch launch, IProcess process, SimulationSession session) {
		super(null);
		this.launch = launch;
		this.process = process;
		this.session = session;
		this.thread = new PtlThread(this, session);
		session.breakAt(PtlLineBreakpoint.linesIn(session.file()));
		SimulationSessions.addListener(listener);
		fireCreationEvent();
		thread.fireCreationEvent();
	}

	@Override
	public IDebugTarget getDebugTarget() {
		return this;
	}

	@Override
	public ILaunch getLaunch() {
		return launch;
	}

	SimulationSession session() {
		return session;
	}

	@Override
	PtlThread thread() {
		return thread;
	}

	/** Tells the Debug view when the session stopped, went on, or ended. */
	private void changed(SimulationSession changed) {
		if (changed != session) {
			return;
		}
		boolean suspended = thread.isSuspended();
		boolean ended = isTerminated();
		synchronized (this) {
			if (ended && !wasTerminated) {
				wasTerminated = true;
				SimulationSessions.removeListener(listener);
				thread.fireTerminateEvent();
				fireTerminateEvent();
				return;
			}
			if (suspended == wasSuspended || ended) {
				return;
			}
			wasSuspended = suspended;
		}
		if (suspended) {
			thread.fireSuspendEvent(switch (session.suspension()) {
			case STEP -> DebugEvent.STEP_END;
			case BREAKPOINT -> DebugEvent.BREAKPOINT;
			default -> DebugEvent.CLIENT_REQUEST;
			});
			SourcePointer.show(thread);
		} else {
			thread.fireResumeEvent(DebugEvent.CLIENT_REQUEST);
		}
	}

	/** The step asked for has started: the Debug view shows the thread running until it suspends again. */
	void stepping() {
		synchronized (this) {
			wasSuspended = false;
		}
		thread.fireResumeEvent(DebugEvent.STEP_OVER);
	}

	@Override
	public String getName() {
		return "PTL simulation of " + session.file().getFullPath();
	}

	@Override
	public IProcess getProcess() {
		return process;
	}

	@Override
	public IThread[] getThreads() {
		return isTerminated() ? new IThread[0] : new IThread[] { thread };
	}

	@Override
	public boolean hasThreads() {
		return !isTerminated();
	}

	@Override
	public boolean supportsBreakpoint(IBreakpoint breakpoint) {
		return breakpoint instanceof PtlLineBreakpoint line && line.getMarker().getResource().equals(session.file());
	}

	@Override
	public boolean canTerminate() {
		return process.canTerminate();
	}

	@Override
	public boolean isTerminated() {
		return session.finished() || session.terminated() || process.isTerminated();
	}

	@Override
	public void terminate() throws DebugException {
		process.terminate();
	}






	// breakpoints are read from the breakpoint manager before each step: nothing to track here
	@Override
	public void breakpointAdded(IBreakpoint breakpoint) {
	}

	@Override
	public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
	}

	@Override
	public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
	}

	@Override
	public boolean canDisconnect() {
		return false;
	}

	@Override
	public void disconnect() throws DebugException {
		throw new DebugException(PtlDebugStatus.notSupported("disconnect"));
	}

	@Override
	public boolean isDisconnected() {
		return false;
	}

	@Override
	public boolean supportsStorageRetrieval() {
		return false;
	}

	@Override
	public IMemoryBlock getMemoryBlock(long startAddress, long length) throws DebugException {
		throw new DebugException(PtlDebugStatus.notSupported("memory blocks"));
	}
}
