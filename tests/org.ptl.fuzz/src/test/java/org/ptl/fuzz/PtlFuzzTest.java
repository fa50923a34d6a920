package org.ptl.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The fuzz targets as JUnit 5 tests. In a normal build (no {@code JAZZER_FUZZ} in the environment)
 * Jazzer runs each on its regression corpus, src/test/resources/org/ptl/fuzz/PtlFuzzTestInputs/
 * (one folder per method): every input that once broke the ptl command's contract, kept so that
 * the bug stays fixed. releng/fuzz.sh fuzzes the same targets (CheckTarget, ...) for real.
 */
class PtlFuzzTest {

	@FuzzTest
	void check(byte[] input) {
		Targets.check(input);
	}

	@FuzzTest
	void format(byte[] input) {
		Targets.format(input);
	}

	@FuzzTest
	void simulate(byte[] input) {
		Targets.simulate(input);
	}

	@FuzzTest
	void explore(byte[] input) {
		Targets.explore(input);
	}

	@FuzzTest
	void decode(byte[] input) {
		Targets.decode(input);
	}

	@FuzzTest
	void conform(byte[] input) {
		Targets.conform(input);
	}
}
