package org.ptl.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;

/**
 * With {@code -Dptl.timing=true} (JAVA_OPTS), prints how long each phase of a command took, and the
 * time since the JVM started, to stderr; otherwise does nothing.
 */
final class PhaseTimer {

	private final PrintWriter err;
	private final boolean enabled = Boolean.getBoolean("ptl.timing");
	private long last = System.nanoTime();

	PhaseTimer(PrintWriter err) {
		this.err = err;
		if (enabled) {
			err.printf("ptl: timing: JVM start to command: %d ms%n",
					System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
		}
	}

	void phase(String name) {
		long now = System.nanoTime();
		if (enabled) {
			err.printf("ptl: timing: %s: %d ms%n", name, (now - last) / 1_000_000);
			err.flush();
		}
		last = now;
	}
}
