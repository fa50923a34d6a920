package org.ptl.ui.debug;

import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.ISuspendResume;

/**
 * Suspend and resume as the debug target and its stack frame offer them: the simulation has one
 * thread, and both simply act on it.
 */
abstract class ThreadControl extends PtlDebugElement implements ISuspendResume {

	ThreadControl(IDebugTarget target) {
		super(target);
	}

	/** The simulation's one thread. */
	abstract PtlThread thread();

	@Override
	public boolean canResume() {
		return thread().canResume();
	}

	@Override
	public boolean canSuspend() {
		return thread().canSuspend();
	}

	@Override
	public boolean isSuspended() {
		return thread().isSuspended();
	}

	@Override
	public void resume() {
		thread().resume();
	}

	@Override
	public void suspend() {
		thread().suspend();
	}
}
