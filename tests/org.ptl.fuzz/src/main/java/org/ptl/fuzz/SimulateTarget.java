package org.ptl.fuzz;

/** Jazzer's entry point for fuzzing {@code ptl simulate} ({@link Targets#simulate}). */
public final class SimulateTarget {

	private SimulateTarget() {
	}

	public static void fuzzerInitialize() {
		FuzzWorld.get();
	}

	public static void fuzzerTestOneInput(byte[] input) {
		Targets.simulate(input);
	}
}
