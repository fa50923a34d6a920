package org.ptl.fuzz;

/** Jazzer's entry point for fuzzing {@code ptl conform} ({@link Targets#conform}). */
public final class ConformTarget {

	private ConformTarget() {
	}

	public static void fuzzerInitialize() {
		FuzzWorld.get();
	}

	public static void fuzzerTestOneInput(byte[] input) {
		Targets.conform(input);
	}
}
