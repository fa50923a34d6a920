package org.ptl.ui.debug;

import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.ptl.sim.trace.TraceEntry;
import org.ptl.ui.simulation.ScenarioRun;
import org.ptl.ui.simulation.SimulationSession;
import org.ptl.ui.simulation.Suspension;

/**
 * The one thread of a PTL simulation: the scenarios run one after another. Suspended, its only
 * frame is the step it stopped before. Step Into and Step Over both run that one step (a step has
 * no callees to step into); Step Return is not offered.
 */
final class PtlThread extends PtlDebugElement implements IThread {

	private final SimulationSession session;
	private PtlStackFrame frame;

	PtlThread(PtlDebugTarget target, SimulationSession session) {
		super(target);
		this.session = session;
	}

	private PtlDebugTarget target() {
		return (PtlDebugTarget) getDebugTarget();
	}

	/** The suspended run, or null while running. */
	ScenarioRun suspendedRun() {
		if (!session.suspended()) {
			return null;
		}
		return session.runs().stream().filter(run -> run.status() == ScenarioRun.Status.SUSPENDED).findFirst().orElse(null);
	}

	@Override
	public synchronized IStackFrame[] getStackFrames() {
		ScenarioRun run = suspendedRun();
		if (run == null) {
			return new IStackFrame[0];
		}
		int line = frameLine(run);
		if (frame == null || frame.run() != run || frame.getLineNumber() != line
				|| frame.stepsDone() != run.entries().size()) {
			frame = new PtlStackFrame(this, run, session.file(), line);
		}
		return new IStackFrame[] { frame };
	}

	/**
	 * The line a suspended run stands on: the next step's, except after a failed step, where the
	 * reader wants the step that failed (for a concurrent block, the scheduler step that broke a rule).
	 */
	private int frameLine(ScenarioRun run) {
		List<ScenarioRun.Recorded> entries = run.entries();
		if (session.suspension() != Suspension.FAILURE || entries.isEmpty()) {
			return run.nextLine();
		}
		TraceEntry last = entries.get(entries.size() - 1).entry();
		if (last instanceof TraceEntry.Race race) {
			int revealed = run.revealed(race);
			return revealed > 0 ? race.report().shown().get(revealed - 1).line() : race.line();
		}
		return last.line();
	}

	@Override
	public boolean hasStackFrames() {
		return suspendedRun() != null;
	}

	@Override
	public int getPriority() {
		return 0;
	}

	@Override
	public IStackFrame getTopStackFrame() {
		IStackFrame[] frames = getStackFrames();
		return frames.length == 0 ? null : frames[0];
	}

	@Override
	public String getName() {
		ScenarioRun run = suspendedRun();
		String state = run != null ? "suspended in " + run.name()
				: isTerminated() ? "terminated" : "running";
		return "PTL scenarios (" + state + ")";
	}

	@Override
	public IBreakpoint[] getBreakpoints() {
		ScenarioRun run = suspendedRun();
		if (run == null || session.suspension() != Suspension.BREAKPOINT) {
			return new IBreakpoint[0];
		}
		return PtlLineBreakpoint.at(session.file(), run.nextLine()).toArray(IBreakpoint[]::new);
	}

	@Override
	public boolean canResume() {
		return isSuspended();
	}

	@Override
	public boolean canSuspend() {
		return !isSuspended() && !isTerminated();
	}

	@Override
	public boolean isSuspended() {
		// suspended only once the job waits before a step (a run is SUSPENDED): between a step's record
		// and that wait the session is still "suspended" but has no frame to show, and a Debug view
		// told of a suspension then would keep a thread without frames as its context
		return suspendedRun() != null;
	}

	@Override
	public void resume() {
		session.resume();
	}

	@Override
	public void suspend() {
		session.suspend();
	}

	@Override
	public boolean canStepInto() {
		return isSuspended();
	}

	@Override
	public boolean canStepOver() {
		return isSuspended();
	}

	@Override
	public boolean canStepReturn() {
		return false;
	}

	@Override
	public boolean isStepping() {
		return false;
	}

	@Override
	public void stepInto() {
		stepOver();
	}

	@Override
	public void stepOver() {
		if (isSuspended()) {
			target().stepping();
			session.step();
		}
	}

	@Override
	public void stepReturn() throws DebugException {
		throw new DebugException(PtlDebugStatus.notSupported("step return"));
	}

	@Override
	public boolean canTerminate() {
		return getDebugTarget().canTerminate();
	}

	@Override
	public boolean isTerminated() {
		return getDebugTarget().isTerminated();
	}

	@Override
	public void terminate() throws DebugException {
		getDebugTarget().terminate();
	}
}
