package org.ptl.fuzz;

/** Jazzer's entry point for fuzzing {@code ptl decode} ({@link Targets#decode}). */
public final class DecodeTarget {

	private DecodeTarget() {
	}

	public static void fuzzerInitialize() {
		FuzzWorld.get();
	}

	public static void fuzzerTestOneInput(byte[] input) {
		Targets.decode(input);
	}
}
