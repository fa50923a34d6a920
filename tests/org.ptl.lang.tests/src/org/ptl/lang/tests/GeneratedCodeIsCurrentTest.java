package org.ptl.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The build regenerates emf-gen/ (from ptl.genmodel) and src-gen/ (from Ptl.xtext) before the
 * tests run. If that changed a committed file, the committed generated code was stale: this test
 * fails and names the files to commit.
 */
class GeneratedCodeIsCurrentTest {

	private static final List<String> GENERATED = List.of("plugins/org.ptl.model/emf-gen",
			"plugins/org.ptl.lang/src-gen", "plugins/org.ptl.lang.ide/src-gen");

	@Test
	void committedGeneratedCodeIsWhatTheGeneratorsWrite() throws IOException, InterruptedException {
		Path root = PtlTestSupport.root();
		assumeTrue(Files.exists(root.resolve(".git")), "not a git checkout: nothing committed to compare with");
		List<String> command = new ArrayList<>(List.of("git", "-C", root.toString(), "status", "--porcelain",
				"--untracked-files=all", "--"));
		command.addAll(GENERATED);
		Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
		String changes = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, git.waitFor(), "git status failed: " + changes);
		assertEquals("", changes, "the generators changed committed generated code; commit the regenerated files:\n"
				+ changes);
	}
}
