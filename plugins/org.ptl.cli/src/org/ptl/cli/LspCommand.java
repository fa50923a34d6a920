package org.ptl.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ptl.lang.validation.SeverityPolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ptl lsp}: the PTL language server on stdin and stdout, for any editor with an LSP client
 * (Neovim, VS Code, Emacs, ...). stdout carries nothing but protocol messages: whatever else is
 * printed goes to stderr, as does the log. The exit code is the protocol's: 0 after
 * {@code shutdown} and {@code exit}, 1 after {@code exit} alone or when the client goes away.
 */
@Command(name = "lsp", sortOptions = false,
		description = { "Serve the PTL language server on stdin and stdout (for Neovim, VS Code, Emacs, ...).",
				"Clients may also set severities in the initialization options: {\"severity\": [\"CHECK=LEVEL\", ...]}." })
final class LspCommand implements Callable<Integer> {

	@Option(names = { "-s", "--severity" }, paramLabel = "CHECK=LEVEL", converter = SeveritySetting.class,
			description = "report CHECK as error, warning, info, or ignore it (overrides the files' settings); repeatable")
	private List<SeverityPolicy.Setting> severities = new ArrayList<>();

	@Override
	public Integer call() {
		InputStream in = System.in;
		PrintStream protocol = System.out;
		System.setOut(System.err);
		CommandLogging.serve(Boolean.getBoolean("ptl.debug"));
		return LspServer.run(in, protocol, severities);
	}
}
