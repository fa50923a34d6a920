package org.ptl.fuzz;

/** Jazzer's entry point for fuzzing {@code ptl format} ({@link Targets#format}). */
public final class FormatTarget {

	private FormatTarget() {
	}

	public static void fuzzerInitialize() {
		FuzzWorld.get();
	}

	public static void fuzzerTestOneInput(byte[] input) {
		Targets.format(input);
	}
}
