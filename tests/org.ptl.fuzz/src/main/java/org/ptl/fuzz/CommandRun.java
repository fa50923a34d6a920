package org.ptl.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.ptl.cli.Main;

/**
 * One run of the ptl command in process, with its output captured, and the contract every run must
 * keep whatever its input: a known exit code, no internal error, no stack trace, no log line, and
 * on stdout only what the command reports. Words the input itself contains (a file or import named
 * like an exception, a comment that says "internal error") are the input's, not the command's, so
 * they are no evidence of a failure.
 *
 * @param input    the text the command was run on
 * @param args     the command line
 * @param exitCode what it returned
 * @param out      what it printed on stdout
 * @param err      what it printed on stderr
 */
public record CommandRun(String input, List<String> args, int exitCode, String out, String err) {

	/** A line of a Java stack trace. */
	private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\([\\w$.]*(:\\d+)?\\)$");
	/** A name or text quoted from the input in a message: whatever it says, the command did not say it. */
	private static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'");
	/** A Java exception or error, as toString() prints it. */
	private static final Pattern THROWABLE = Pattern.compile("\\b(java|javax|org|com)\\.[\\w.$]+(Exception|Error)\\b");

	public static CommandRun of(FuzzWorld world, byte[] input, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = Main.run(args, new PrintWriter(out), new PrintWriter(err), world.injector());
		return new CommandRun(new String(input, StandardCharsets.UTF_8), List.of(args), exitCode, out.toString(), err.toString());
	}

	/** Fails unless the exit code is one of those given and nothing leaked. */
	public CommandRun expectExit(int... allowed) {
		boolean known = false;
		for (int code : allowed) {
			known |= code == exitCode;
		}
		require(known, "exit code " + exitCode + " is not one the command may return");
		String ownWords = QUOTED.matcher(err).replaceAll("''");
		require(!said(ownWords, "internal error"), "the command failed internally");
		require(!STACK_FRAME.matcher(out).find() && !STACK_FRAME.matcher(err).find(), "a stack trace was printed");
		require(THROWABLE.matcher(out).results().allMatch(name -> input.contains(name.group())),
				"an exception leaked to stdout");
		require(!said(ownWords, "java.lang.OutOfMemoryError"), "the command ran out of memory");
		return this;
	}

	/** Whether the command printed these words of its own, rather than repeating the input's. */
	private boolean said(String printed, String words) {
		return printed.contains(words) && !input.contains(words);
	}

	void require(boolean condition, String what) {
		if (!condition) {
			throw new ContractBroken(what + "\n" + this);
		}
	}

	@Override
	public String toString() {
		return "ptl " + String.join(" ", args) + "\nexit " + exitCode + "\n--- stdout\n" + cut(out) + "\n--- stderr\n"
				+ cut(err);
	}

	private static String cut(String text) {
		return text.length() <= 4000 ? text : text.substring(0, 4000) + "\n[... " + (text.length() - 4000) + " more]";
	}
}
