package org.ptl.cli;

import java.io.PrintWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import com.google.inject.Injector;

import picocli.CommandLine;

/**
 * Entry point of the {@code ptl} command. Runs the command on a thread with a large stack, so that
 * deeply nested input is reported instead of crashing the parser, and turns any failure into one
 * line on stderr and exit code 2, never a stack trace.
 */
public final class Main {

	private static final long STACK_BYTES = 1L << 30;

	private Main() {
	}

	public static void main(String[] args) throws InterruptedException {
		prepareProcess();
		// Nearly every command needs the language: set it up on a second core while picocli starts
		// (not for the language server, which sets up a language of its own).
		FutureTask<Injector> language = new FutureTask<>(PtlCommand::createInjector);
		if (args.length == 0 || !"lsp".equals(args[0])) {
			Thread.ofPlatform().daemon().name("ptl-setup").start(language);
		}
		int[] exitCode = { ExitCodes.USAGE };
		Thread worker = new Thread(null, () -> exitCode[0] = run(args, new PrintWriter(System.out),
				new PrintWriter(System.err), () -> await(language)), "ptl", STACK_BYTES);
		worker.start();
		worker.join();
		System.exit(exitCode[0]);
	}

	/** What every process of the command sets before its first command (also {@link TrainingRun}'s). */
	static void prepareProcess() {
		CommandLogging.preventDefaultConfiguration();
		// A command runs for a second: Guice's generated fast classes and binding stack traces cost
		// more to make than they save (set the properties to override).
		defaultProperty("guice_bytecode_gen_option", "DISABLED");
		defaultProperty("guice_include_stack_traces", "OFF");
		// Racing walkers run one at a time in virtual threads that hand the turn to each other: on one
		// carrier thread a hand-over is a switch of continuations, not a wake-up of another core.
		defaultProperty("jdk.virtualThreadScheduler.parallelism", "1");
	}

	/** Runs one command line with the given output streams and returns its exit code. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		return run(args, out, err, PtlCommand::createInjector);
	}

	/**
	 * Runs one command line with a language set up before: for tools that run many commands in one
	 * process (the fuzz targets), where setting the language up each time would dominate.
	 */
	public static int run(String[] args, PrintWriter out, PrintWriter err, Injector language) {
		return run(args, out, err, () -> language);
	}

	private static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<Injector> language) {
		// A command's output is its report, nothing else: no log line ever goes to stdout.
		CommandLogging.configure(Boolean.getBoolean("ptl.debug"));
		CommandLine commandLine = new CommandLine(new PtlCommand(language));
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((failure, command, parseResult) -> internalError(err, failure));
		try (CommandLogging.Capture logged = CommandLogging.capture()) {
			int exitCode;
			try {
				exitCode = commandLine.execute(args);
			} catch (RuntimeException | Error failure) {
				return internalError(err, failure);
			}
			// Xtext logs some failures and goes on: what it logged is a bug of PTL, not a finding.
			if (!logged.failures().isEmpty() && exitCode != ExitCodes.USAGE) {
				return internalError(err, new InternalFailure(logged.failures()));
			}
			return exitCode;
		}
	}

	private static Injector await(FutureTask<Injector> language) {
		try {
			language.run(); // sets it up here when no thread was started for it; else waits below
			return language.get();
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while setting up the language", interrupted);
		} catch (ExecutionException failed) {
			throw new IllegalStateException("cannot set up the PTL language", failed.getCause());
		}
	}

	private static void defaultProperty(String key, String value) {
		if (System.getProperty(key) == null) {
			System.setProperty(key, value);
		}
	}

	private static int internalError(PrintWriter err, Throwable failure) {
		if (failure instanceof InternalFailure internal) {
			internal.failures().stream().distinct().forEach(line -> err.println("ptl: internal error: " + line));
		} else {
			err.println("ptl: internal error: " + org.ptl.lang.validation.InternalFailures.describe(failure));
		}
		if (Boolean.getBoolean("ptl.debug")) {
			failure.printStackTrace(err);
		} else {
			err.println("ptl: run with -Dptl.debug=true (JAVA_OPTS) for details, and please report it");
		}
		err.flush();
		return ExitCodes.USAGE;
	}
}
