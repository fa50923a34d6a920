package org.ptl.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes: 0 when there is no error (warnings do not fail a check), 1 when there is one, 2 for
 * usage and I/O problems, which are reported as one clear line on stderr and nothing on stdout.
 */
class ExitCodeTest {

	private static String fixture(String id) {
		return Cli.fixtures().resolve(id).resolve("triggers.ptl").toString();
	}

	@Test
	void theExamplesCheckClean() {
		Cli.Result result = Cli.run("check", Cli.root().resolve("examples").toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.out().contains(" 0 errors, 0 warnings, "), result.out());
		// a proof that did not finish within check's time limit (a loaded machine) is the one info allowed;
		// the proofs themselves are asserted without a time limit by ptl explore (LayoutCommandTest, .ci/run)
		assertTrue(result.out().lines().filter(line -> line.contains(": info: "))
				.allMatch(line -> line.endsWith("[layout.not-proven]") || line.endsWith("[ownership.not-proven]")), result.out());
	}

	@Test
	void errorsExitOne() {
		assertEquals(1, Cli.run("check", fixture("format.geometry")).exitCode());
	}

	@Test
	void warningsAloneExitZeroUnlessRaised(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("enum.ptl");
		Files.writeString(file, Files.readString(Path.of(fixture("format.enum-duplicate")))
				.replace("severity \"format.enum-duplicate\" error", ""));
		Cli.Result plain = Cli.run("check", file.toString());
		assertEquals(0, plain.exitCode(), plain.toString());
		assertEquals("warning", plain.diagnostics().get(0).severity());
		Cli.Result raised = Cli.run("check", "--severity", "format.enum-duplicate=error", file.toString());
		assertEquals(1, raised.exitCode(), raised.toString());
		Cli.Result ignored = Cli.run("check", "-s", "format.enum-duplicate=ignore", file.toString());
		assertEquals(0, ignored.diagnostics().size(), ignored.toString());
	}

	@Test
	void theCommandLineCanLowerAnErrorBelowTheFileSetting() {
		Cli.Result result = Cli.run("check", "-s", "encoding.unused=info", fixture("encoding.unused"));
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals("info", result.diagnostics().get(0).severity());
	}

	@Test
	void aMissingPathIsOneLineAndExitTwo() {
		Cli.Result result = Cli.run("check", "no/such/file.ptl");
		assertEquals(2, result.exitCode());
		assertEquals("", result.out());
		assertEquals("ptl: no/such/file.ptl: no such file or directory\n", result.err());
	}

	@Test
	void aDirectoryWithoutPtlFilesIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("notes.txt"), "not PTL");
		Cli.Result result = Cli.run("check", dir.toString());
		assertEquals(2, result.exitCode());
		assertEquals("ptl: " + dir + ": no .ptl files in this directory\n", result.err());
	}

	@Test
	void usageErrorsExitTwo() {
		assertEquals(2, Cli.run("check").exitCode());
		assertEquals(2, Cli.run("check", "--format", "xml", fixture("bits.range")).exitCode());
		assertEquals(2, Cli.run("frobnicate").exitCode());
		Cli.Result badSetting = Cli.run("check", "-s", "encodng.unused=error", fixture("bits.range"));
		assertEquals(2, badSetting.exitCode());
		assertTrue(badSetting.err().contains("no check is called 'encodng.unused'"), badSetting.err());
		assertEquals(2, Cli.run("check", "-s", "syntax.error=warning", fixture("bits.range")).exitCode());
		assertEquals(2, Cli.run("check", "-s", "encoding.unused=loud", fixture("bits.range")).exitCode());
	}

	@Test
	void helpAndVersionExitZero() {
		assertEquals(0, Cli.run("--help").exitCode());
		assertTrue(Cli.run("--version").out().startsWith("ptl "));
	}
}
