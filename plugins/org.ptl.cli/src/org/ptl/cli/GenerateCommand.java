package org.ptl.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ptl generate c|docs ...}: writes files generated from .ptl files (C headers with their
 * self-test, documentation). Alone, it prints its usage.
 */
@Command(name = "generate", description = "Generate C headers (and their self-test) or documentation from .ptl files.",
		subcommands = { GenerateCCommand.class, GenerateDocsCommand.class })
final class GenerateCommand implements Callable<Integer> {

	@ParentCommand
	PtlCommand ptl;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE;
	}
}
