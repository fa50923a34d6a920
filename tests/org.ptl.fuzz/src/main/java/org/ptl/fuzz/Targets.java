package org.ptl.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each fuzz target does with one input: runs one ptl command (or two) on it and checks the
 * command's contract. Exit codes: 0 clean, 1 findings, 2 bad input, 3 a bound (explore).
 */
public final class Targets {

	private static final Pattern FORMAT_NAME = Pattern.compile("format\\s+([A-Za-z_][A-Za-z0-9_]*)");

	private Targets() {
	}

	/** {@code ptl check}, as text and as JSON: both agree on the exit code. */
	public static void check(byte[] input) {
		FuzzWorld world = FuzzWorld.get();
		String file = world.place(input).toString();
		CommandRun text = CommandRun.of(world, input, "check", file).expectExit(0, 1, 2);
		if (text.exitCode() != 2) {
			Outputs.requireReport(text);
		}
		CommandRun json = CommandRun.of(world, input, "check", "--format", "json", file).expectExit(0, 1, 2);
		if (json.exitCode() != 2) {
			Outputs.requireJson(json);
		}
		json.require(json.exitCode() == text.exitCode(), "text and JSON disagree on the exit code (" + text.exitCode() + ")");
	}

	/** {@code ptl format}: refuses what check refuses; what it prints formats to itself. */
	public static void format(byte[] input) {
		FuzzWorld world = FuzzWorld.get();
		Path file = world.place(input);
		CommandRun formatted = CommandRun.of(world, input, "format", file.toString()).expectExit(0, 1, 2);
		if (formatted.exitCode() == 0) {
			byte[] again = formatted.out().getBytes(StandardCharsets.UTF_8);
			Path second = world.place(again);
			CommandRun twice = CommandRun.of(world, again, "format", second.toString()).expectExit(0, 1, 2);
			twice.require(twice.exitCode() == 0 && twice.out().equals(formatted.out()),
					"formatting the formatted text changes it (or fails):\n" + formatted);
		}
	}

	/** {@code ptl simulate}, with the trace as text and as JSON. */
	public static void simulate(byte[] input) {
		FuzzWorld world = FuzzWorld.get();
		String file = world.place(input).toString();
		CommandRun.of(world, input, "simulate", file).expectExit(0, 1, 2);
		CommandRun json = CommandRun.of(world, input, "simulate", "--trace", "json", file).expectExit(0, 1, 2);
		if (json.exitCode() != 2) {
			Outputs.requireJson(json);
		}
	}

	/**
	 * {@code ptl explore} with small bounds, as JSON, with one thread and with three: the explorer
	 * promises the same result whatever the threads (states, transitions, counterexamples), so the
	 * two reports agree but for their times, unless the time limit stopped either.
	 */
	public static void explore(byte[] input) {
		FuzzWorld world = FuzzWorld.get();
		String file = world.place(input).toString();
		CommandRun one = explore(world, input, file, "1");
		if (one.exitCode() == 2) {
			return;
		}
		Outputs.requireJson(one);
		CommandRun three = explore(world, input, file, "3");
		Outputs.requireJson(three);
		if (!one.out().contains("--time-limit") && !three.out().contains("--time-limit")) {
			three.require(three.exitCode() == one.exitCode() && Outputs.withoutTimes(three).equals(Outputs.withoutTimes(one)),
					"three threads found other than one thread did:\n" + one);
		}
	}

	private static CommandRun explore(FuzzWorld world, byte[] input, String file, String threads) {
		return CommandRun.of(world, input, "explore", "-q", "--format", "json", "--max-states", "20000", "--time-limit",
				"2s", "--guests", "2", "--threads", threads, file).expectExit(0, 1, 2, 3);
	}

	/**
	 * {@code ptl conform} of the input as a casemate trace against the pKVM v5.15 binding, as text and
	 * as JSON: both agree on the exit code (0 conforms, 1 findings, 2 nothing to check).
	 */
	public static void conform(byte[] input) {
		FuzzWorld world = FuzzWorld.get();
		String trace = world.placeTrace(input).toString();
		// the binding's file alone (its imports come with it): loading every example would take most of the time
		String binding = world.examples().resolve("pkvm/binding_v5_15.ptl").toString();
		CommandRun text = CommandRun.of(world, input, "conform", trace, "--binding", "pkvm_v5_15_arm64", "-q", binding)
				.expectExit(0, 1, 2);
		CommandRun json = CommandRun.of(world, input, "conform", trace, "--binding", "pkvm_v5_15_arm64", "-q",
				"--format", "json", binding).expectExit(0, 1, 2);
		if (json.exitCode() != 2) {
			Outputs.requireJson(json);
		}
		json.require(json.exitCode() == text.exitCode(), "text and JSON disagree on the exit code (" + text.exitCode() + ")");
	}

	/** {@code ptl decode} of a value the input chooses, with the first format the input names. */
	public static void decode(byte[] input) {
		FuzzWorld world = FuzzWorld.get();
		String file = world.place(input).toString();
		Matcher name = FORMAT_NAME.matcher(new String(input, StandardCharsets.ISO_8859_1));
		String format = name.find() ? name.group(1) : "arm64_s2_4k_40";
		String value = "0x" + Long.toHexString(Arrays.hashCode(input) * 0x9E3779B97F4A7C15L);
		CommandRun json = CommandRun.of(world, input, "decode", "--file", file, "--format", "json", format, value)
				.expectExit(0, 2);
		if (json.exitCode() == 0) {
			Outputs.requireJson(json);
		}
		CommandRun.of(world, input, "decode", "--file", file, "--level", "3", format, value).expectExit(0, 2);
	}
}
