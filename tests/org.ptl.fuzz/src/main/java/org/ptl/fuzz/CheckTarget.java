package org.ptl.fuzz;

/** Jazzer's entry point for fuzzing {@code ptl check} ({@link Targets#check}). */
public final class CheckTarget {

	private CheckTarget() {
	}

	public static void fuzzerInitialize() {
		FuzzWorld.get();
	}

	public static void fuzzerTestOneInput(byte[] input) {
		Targets.check(input);
	}
}
