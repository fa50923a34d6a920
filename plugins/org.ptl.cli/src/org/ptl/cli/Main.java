package org.ptl.cli;

import java.io.PrintWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;

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
		// A command runs for a second: Guice's generated fast classes and binding stack traces cost
		// more to make than they save (set the properties to override).
		defaultProperty("guice_bytecode_gen_option", "DISABLED");
		defaultProperty("guice_include_stack_traces", "OFF");
		// Nearly every command needs the language: set it up on a second core while picocli starts.
		FutureTask<Injector> language = new FutureTask<>(PtlCommand::createInjector);
		Thread.ofPlatform().daemon().name("ptl-setup").start(language);
		int[] exitCode = { ExitCodes.USAGE };
		Thread worker = new Thread(null, () -> exitCode[0] = run(args, new PrintWriter(System.out),
				new PrintWriter(System.err), () -> await(language)), "ptl", STACK_BYTES);
		worker.start();
		worker.join();
		System.exit(exitCode[0]);
	}

	/** Runs one command line with the given output streams and returns its exit code. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		return run(args, out, err, PtlCommand::createInjector);
	}

	private static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<Injector> language) {
		// Xtext and EMF log through log4j to stdout; a command's output is its report, nothing else.
		Logger.getRootLogger().setLevel(Boolean.getBoolean("ptl.debug") ? Level.DEBUG : Level.OFF);
		CommandLine commandLine = new CommandLine(new PtlCommand(language));
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((failure, command, parseResult) -> internalError(err, failure));
		try {
			return commandLine.execute(args);
		} catch (RuntimeException | Error failure) {
			return internalError(err, failure);
		}
	}

	private static Injector await(FutureTask<Injector> language) {
		try {
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
		err.println("ptl: internal error: " + failure);
		if (Boolean.getBoolean("ptl.debug")) {
			failure.printStackTrace(err);
		} else {
			err.println("ptl: run with -Dptl.debug=true (JAVA_OPTS) for details, and please report it");
		}
		err.flush();
		return ExitCodes.USAGE;
	}
}
