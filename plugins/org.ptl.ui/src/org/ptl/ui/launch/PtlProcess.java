package org.ptl.ui.launch;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamsProxy;
import org.ptl.ui.simulation.SimulationSession;

/**
 * A PTL simulation or exploration as a process of its launch: it runs in this JVM as a job, but the
 * Debug view lists it, its console shows its output, and terminating it (from the Debug view, the
 * console or the simulation view) cancels the job and the session.
 */
final class PtlProcess extends PlatformObject implements IProcess {

	private final ILaunch launch;
	private final String label;
	private final TextStreams streams = new TextStreams();
	private final Map<String, String> attributes = new HashMap<>();
	private final SimulationSession session;
	private volatile Job job;
	private volatile boolean terminated;
	private volatile int exitValue;

	PtlProcess(ILaunch launch, String label, SimulationSession session) {
		this.launch = launch;
		this.label = label;
		this.session = session;
		attributes.put(IProcess.ATTR_PROCESS_TYPE, "ptl");
		launch.addProcess(this);
		fire(DebugEvent.CREATE);
	}

	void runs(Job running) {
		this.job = running;
	}

	TextStreams streams() {
		return streams;
	}

	/** The job ended: 0 when everything passed or held, 1 otherwise. */
	void exited(int value) {
		exitValue = value;
		terminated = true;
		fire(DebugEvent.TERMINATE);
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public ILaunch getLaunch() {
		return launch;
	}

	@Override
	public IStreamsProxy getStreamsProxy() {
		return streams;
	}

	@Override
	public void setAttribute(String key, String value) {
		attributes.put(key, value);
	}

	@Override
	public String getAttribute(String key) {
		return attributes.get(key);
	}

	@Override
	public int getExitValue() {
		return exitValue;
	}

	@Override
	public boolean canTerminate() {
		return !terminated;
	}

	@Override
	public boolean isTerminated() {
		return terminated;
	}

	@Override
	public void terminate() {
		session.terminate();
		Job running = job;
		if (running != null) {
			running.cancel();
		}
	}

	private void fire(int kind) {
		DebugPlugin plugin = DebugPlugin.getDefault();
		if (plugin != null) {
			plugin.fireDebugEventSet(new DebugEvent[] { new DebugEvent(this, kind) });
		}
	}
}
