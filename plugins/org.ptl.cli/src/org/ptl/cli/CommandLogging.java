package org.ptl.cli;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;

/**
 * Where the log of Xtext and EMF goes while a command runs. Xtext's jar carries a log4j.properties
 * that sends INFO and up to stdout, which would break every report and every JSON document: the
 * command replaces that configuration with none (stderr, and only with {@code -Dptl.debug=true}),
 * and keeps every error logged with an exception, for Xtext logs and then swallows failures that the
 * command must report as internal errors.
 */
final class CommandLogging {

	private CommandLogging() {
	}

	/** Keeps log4j from reading any log4j.properties; call before anything logs. */
	static void preventDefaultConfiguration() {
		if (System.getProperty("log4j.defaultInitOverride") == null) {
			System.setProperty("log4j.defaultInitOverride", "true");
		}
	}

	/** Replaces whatever configuration log4j has with the command's own. */
	static void configure(boolean debug) {
		LogManager.resetConfiguration();
		Logger root = Logger.getRootLogger();
		root.setLevel(debug ? Level.DEBUG : Level.ERROR);
		if (debug) {
			root.addAppender(new ConsoleAppender(new PatternLayout("%-5p %c{2} - %m%n"), ConsoleAppender.SYSTEM_ERR));
		}
	}

	/**
	 * The logging of a server (ptl lsp): warnings and errors to stderr as they happen, for a server
	 * tells its client and its log about failures at once rather than in an exit code at the end (so
	 * the batch commands' {@link #capture()} is dropped with the old configuration).
	 */
	static void serve(boolean debug) {
		LogManager.resetConfiguration();
		Logger root = Logger.getRootLogger();
		root.setLevel(debug ? Level.DEBUG : Level.WARN);
		root.addAppender(new ConsoleAppender(new PatternLayout("ptl lsp: %-5p %c{1} - %m%n"), ConsoleAppender.SYSTEM_ERR));
	}

	/** Starts keeping the errors logged with an exception; close it when the command ends. */
	static Capture capture() {
		Capture capture = new Capture();
		Logger.getRootLogger().addAppender(capture);
		return capture;
	}

	/** The failures logged while a command ran. */
	static final class Capture extends AppenderSkeleton implements AutoCloseable {

		private final List<String> failures = new ArrayList<>();

		private Capture() {
			setThreshold(Level.ERROR);
			setName("ptl-failures");
		}

		@Override
		protected synchronized void append(LoggingEvent event) {
			ThrowableInformation thrown = event.getThrowableInformation();
			if (thrown != null && thrown.getThrowable() != null) {
				failures.add(org.ptl.lang.validation.InternalFailures.describe(thrown.getThrowable()));
			}
		}

		synchronized List<String> failures() {
			return List.copyOf(failures);
		}

		@Override
		public void close() {
			Logger.getRootLogger().removeAppender(this);
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}
	}
}
