package org.ptl.fuzz;

/** Jazzer's entry point for fuzzing {@code ptl explore} ({@link Targets#explore}). */
public final class ExploreTarget {

	private ExploreTarget() {
	}

	public static void fuzzerInitialize() {
		FuzzWorld.get();
	}

	public static void fuzzerTestOneInput(byte[] input) {
		Targets.explore(input);
	}
}
