package org.ptl.ui.simulation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The simulation and exploration sessions of this Eclipse instance: the latest one is what the
 * simulation view shows; listeners hear of every new session and every change in one (from the
 * job's thread, so a view re-dispatches to the UI thread).
 */
public final class SimulationSessions {

	private static final List<Consumer<SimulationSession>> LISTENERS = new CopyOnWriteArrayList<>();
	private static volatile SimulationSession latest;

	private SimulationSessions() {
	}

	public static SimulationSession latest() {
		return latest;
	}

	public static void addListener(Consumer<SimulationSession> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<SimulationSession> listener) {
		LISTENERS.remove(listener);
	}

	static void started(SimulationSession session) {
		latest = session;
		changed(session);
	}

	static void changed(SimulationSession session) {
		LISTENERS.forEach(listener -> listener.accept(session));
	}
}
