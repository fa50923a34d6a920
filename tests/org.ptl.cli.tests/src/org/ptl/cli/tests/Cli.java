package org.ptl.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ptl.cli.Main;

/**
 * Runs the ptl command in process, exactly as the launcher does but with captured output, and reads
 * its GCC-style diagnostics back.
 */
final class Cli {

	/** file:line:col: severity: message [check-id] */
	static final Pattern DIAGNOSTIC = Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning|info): (.+) \\[([a-z0-9.-]+)\\]$");
	static final Pattern SUMMARY = Pattern.compile("^checked \\d+ files?: \\d+ errors?, \\d+ warnings?, \\d+ infos?$");

	private Cli() {
	}

	record Result(int exitCode, String out, String err) {

		List<String> lines() {
			return out.isEmpty() ? List.of() : List.of(out.split("\n"));
		}

		List<Diagnostic> diagnostics() {
			List<Diagnostic> diagnostics = new ArrayList<>();
			for (String line : lines()) {
				Matcher matcher = DIAGNOSTIC.matcher(line);
				if (matcher.matches()) {
					diagnostics.add(new Diagnostic(matcher.group(1), Integer.parseInt(matcher.group(2)),
							Integer.parseInt(matcher.group(3)), matcher.group(4), matcher.group(5), matcher.group(6)));
				}
			}
			return diagnostics;
		}

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	record Diagnostic(String file, int line, int column, String severity, String message, String check) {
	}

	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = Main.run(args, new PrintWriter(out), new PrintWriter(err));
		return new Result(exitCode, out.toString(), err.toString());
	}

	static Path root() {
		String root = System.getProperty("ptl.root");
		return root == null ? Path.of("../..").toAbsolutePath().normalize() : Path.of(root);
	}

	static Path fixtures() {
		return root().resolve("tests/org.ptl.cli.tests/fixtures/checks");
	}
}
