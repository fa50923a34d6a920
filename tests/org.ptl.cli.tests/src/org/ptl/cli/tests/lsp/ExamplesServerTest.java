package org.ptl.cli.tests.lsp;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The setting of the language server tests that share one server for the whole class: a copy of
 * the bundled examples as the workspace, and an in-process server initialized on it before the
 * first test and shut down after the last (a subclass's own {@code @BeforeAll} runs after this
 * one's, with both set).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExamplesServerTest {

	Path workspace;
	LspConnection lsp;

	@BeforeAll
	void startOnTheExamples(@TempDir Path directory) {
		workspace = Workspaces.examples(directory);
		lsp = LspConnection.inProcess();
		lsp.initialize(workspace, null);
	}

	@AfterAll
	void stopTheServer() {
		lsp.close();
	}
}
