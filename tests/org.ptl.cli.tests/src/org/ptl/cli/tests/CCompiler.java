package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Compiles and runs a generated self-test with the system's C compiler, as a user would:
 * {@code cc -std=c11 -Wall -Werror ptl_selftest.c}. A missing compiler fails the test with what to
 * install (.ci/run installs gcc), never skips it.
 */
final class CCompiler {

	private CCompiler() {
	}

	/** What a process did: exit code and its merged output. */
	record Run(int exitCode, String output) {
	}

	static Run compile(Path directory, String source, String... extraFlags) {
		List<String> command = new ArrayList<>(List.of("cc", "-std=c11", "-Wall", "-Werror"));
		command.addAll(List.of(extraFlags));
		command.addAll(List.of("-o", "selftest", source));
		return run(directory, command);
	}

	static Run runSelfTest(Path directory) {
		return run(directory, List.of(directory.resolve("selftest").toString()));
	}

	private static Run run(Path directory, List<String> command) {
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail(String.join(" ", command) + " did not finish in 2 minutes");
			}
			return new Run(process.exitValue(), output);
		} catch (IOException noCompiler) {
			return fail("cannot run " + command.get(0) + " (" + noCompiler.getMessage()
					+ "): install a C compiler (apt-get install gcc)");
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return fail("interrupted");
		}
	}
}
