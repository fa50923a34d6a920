package org.ptl.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

import org.ptl.lang.PtlStandaloneSetup;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code ptl} command: PTL Workbench in a terminal or CI. Subcommands share one language
 * injector, created on first use.
 */
@Command(name = "ptl", mixinStandardHelpOptions = true, version = "ptl 1.0.0",
		description = "Check, simulate and prove page-table formats and ownership models written in PTL.",
		subcommands = { CheckCommand.class, SimulateCommand.class, ExploreCommand.class, DecodeCommand.class, ConformCommand.class,
				LayoutCommand.class, FormatCommand.class, ChecksCommand.class, GenerateCommand.class, LspCommand.class },
		footer = { "", "From a checkout, ./ptl ide [WORKSPACE] starts the PTL Workbench IDE (Eclipse with PTL installed)." })
final class PtlCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	private final Supplier<Injector> language;
	private Injector injector;

	PtlCommand(Supplier<Injector> language) {
		this.language = language;
	}

	static Injector createInjector() {
		return new PtlStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getErr());
	}

	Injector injector() {
		if (injector == null) {
			injector = language.get();
		}
		return injector;
	}

	/**
	 * The files of a command that runs them (simulate, explore, decode), loaded and validated with
	 * every file they import: their errors are printed, and then refused, for what does not check
	 * cannot run.
	 */
	ModelSet loadWithoutErrors(java.util.List<String> paths, String notDoing) throws UsageException {
		ModelSet models = new ModelSet(injector());
		models.load(SourceFiles.collect(paths));
		java.util.List<Finding> errors = models.validate().stream()
				.filter(finding -> finding.severity() == Finding.Level.ERROR).toList();
		PrintWriter err = spec.commandLine().getErr();
		errors.forEach(finding -> err.println(finding.gccStyle()));
		if (!models.internalFailures().isEmpty()) {
			throw new InternalFailure(models.internalFailures());
		}
		if (!errors.isEmpty()) {
			throw new UsageException(notDoing + ": the files have " + errors.size() + " error"
					+ (errors.size() == 1 ? "" : "s") + " ('ptl check' shows all diagnostics)");
		}
		return models;
	}

	/** Prints one clear line for a usage or I/O problem and returns exit code 2. */
	int usageError(String message) {
		PrintWriter err = spec.commandLine().getErr();
		err.println("ptl: " + message);
		err.flush();
		return ExitCodes.USAGE;
	}
}
