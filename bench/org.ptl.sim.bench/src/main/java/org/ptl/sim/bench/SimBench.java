package org.ptl.sim.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.walk.WalkFlags;

/**
 * Entry point of bench/sim-jmh.sh: counts what each benchmark visits, measures the heap a
 * populated table takes, runs the JMH benchmarks of {@link Stage2Bench} (1 fork, 3 warm-up and 5
 * measured iterations of 1 s, with JMH's allocation profiler, unless JMH options on the command
 * line say otherwise) and prints the figures as one table, with the shape of the tables measured
 * ({@link TableShape}), which bench/sim-vs-linux.sh compares with Linux's own pgtable.c.
 */
public final class SimBench {

	private SimBench() {
	}

	public static void main(String[] args) throws Exception {
		CommandLineOptions given = new CommandLineOptions(args);
		Stage2Setup setup = Stage2Setup.load();
		Map<String, Long> visits = countVisits(setup);
		HeapPerPte.Result heap = HeapPerPte.measure(setup);
		List<String> shapes = TableShape.measure(setup);

		ChainedOptionsBuilder options = new OptionsBuilder().parent(given);
		if (given.getIncludes().isEmpty()) {
			options.include(Stage2Bench.class.getName() + "\\.");
		}
		if (!given.getForkCount().hasValue()) {
			options.forks(1);
		}
		if (!given.getWarmupIterations().hasValue()) {
			options.warmupIterations(3);
		}
		if (!given.getWarmupTime().hasValue()) {
			options.warmupTime(TimeValue.seconds(1));
		}
		if (!given.getMeasurementIterations().hasValue()) {
			options.measurementIterations(5);
		}
		if (!given.getMeasurementTime().hasValue()) {
			options.measurementTime(TimeValue.seconds(1));
		}
		if (given.getProfilers().isEmpty()) {
			options.addProfiler(GCProfiler.class);
		}
		if (!given.getJvmArgs().hasValue()) {
			// The forks get the default collector (the serial one is for the heap measurement only).
			List<String> jvm = new ArrayList<>(List.of("-Xms1g", "-Xmx1g",
					"-Dptl.root=" + System.getProperty("ptl.root", ".")));
			if (Runtime.version().feature() >= 24) {
				jvm.add("--sun-misc-unsafe-memory-access=allow"); // Guice, while the forks parse the examples
			}
			options.jvmArgs(jvm.toArray(String[]::new));
		}
		Collection<RunResult> results = new Runner(options.build()).run();
		print(setup, visits, heap, shapes, results);
	}

	/** Visitor calls per benchmark operation, counted by the walker on one run of each. */
	private static Map<String, Long> countVisits(Stage2Setup setup) {
		PgtableLibrary library = setup.newLibrary();
		Stage2Bench bench = new Stage2Bench();
		Map<String, Long> visits = new LinkedHashMap<>();
		long start = library.walker().visits();
		setup.populate(library);
		visits.put("map", library.walker().visits() - start);

		Stage2Bench.Populated populated = new Stage2Bench.Populated();
		populated.setup = setup;
		populated.library = library;
		start = library.walker().visits();
		Stage2Setup.expectZero("walk", bench.walkLeaves(populated));
		visits.put("walkLeaves", library.walker().visits() - start);
		long leaves = populated.counter.leaves;
		start = library.walker().visits();
		Stage2Setup.expectZero("walk", bench.walkAll(populated));
		visits.put("walkAll", library.walker().visits() - start);
		if (leaves != Stage2Setup.LEAVES || populated.counter.leaves != 2 * Stage2Setup.LEAVES) {
			throw new IllegalStateException("expected " + Stage2Setup.LEAVES + " 4K leaves, walked " + leaves);
		}

		start = library.walker().visits();
		setup.clear(library);
		visits.put("unmap", library.walker().visits() - start);
		if (library.table().pool().livePages() != library.table().rootPages()) {
			throw new IllegalStateException("unmap left " + library.table().pool().livePages() + " pages");
		}

		Stage2Bench.Empty empty = new Stage2Bench.Empty();
		empty.setup = setup;
		empty.library = library;
		start = library.walker().visits();
		Stage2Setup.expectZero("map", bench.mapPages(empty));
		visits.put("mapPages", library.walker().visits() - start);
		return visits;
	}

	private static void print(Stage2Setup setup, Map<String, Long> visits, HeapPerPte.Result heap,
			List<String> shapes, Collection<RunResult> results) {
		StringBuilder out = new StringBuilder();
		out.append('\n').append("PTL simulation engine, ").append(Stage2Setup.FORMAT).append(" + ")
				.append(Stage2Setup.OPERATIONS).append(": 1 GiB in 4K pages = ").append(Stage2Setup.LEAVES)
				.append(" leaves under ").append(heap.pages() - setup.codec.geometry().rootPages() - 1)
				.append(" level-3 tables\n");
		out.append("JVM: ").append(System.getProperty("java.vm.name")).append(' ')
				.append(System.getProperty("java.runtime.version")).append(", ")
				.append(Runtime.getRuntime().availableProcessors()).append(" cores\n\n");
		String header = String.format(Locale.ROOT, "%-11s %10s %8s %9s %11s %9s %11s %11s %10s%n",
				"benchmark", "ms per op", "+-", "entries", "entries/s", "ns/entry", "leaves/s", "alloc B/op",
				"B/entry");
		out.append(header);
		out.append("-".repeat(header.length() - 1)).append('\n');
		for (RunResult result : results) {
			String label = result.getParams().getBenchmark();
			label = label.substring(label.lastIndexOf('.') + 1);
			Result<?> primary = result.getPrimaryResult();
			double ms = toMillis(primary.getScore(), primary.getScoreUnit());
			double error = toMillis(primary.getScoreError(), primary.getScoreUnit());
			long visited = visits.getOrDefault(label, 0L);
			double alloc = Double.NaN;
			for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
				if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
					alloc = secondary.getValue().getScore();
				}
			}
			out.append(String.format(Locale.ROOT, "%-11s %10.3f %8.3f %9d %11s %9.2f %11s %11.0f %10.3f%n",
					label, ms, error, visited, perSecond(visited, ms), ms * 1e6 / visited,
					perSecond(Stage2Setup.LEAVES, ms), alloc, alloc / visited));
		}
		out.append('\n');
		out.append("ms per op: one operation on the whole 1 GiB (mapPages: 262,144 map calls of 4K), JMH average,\n"
				+ "  +- its 99.9% confidence half-width. entries: visitor calls per op, as the walker counts them\n"
				+ "  (tables before/after and leaves). leaves/s: 4K PTEs per second. alloc B/op, B/entry: JMH's\n"
				+ "  -prof gc, bytes allocated per op and per entry visited.\n");
		out.append("  The same operations on Linux's own pgtable.c, side by side: bench/sim-vs-linux.sh.\n\n");
		out.append(String.format(Locale.ROOT,
				"heap per PTE: %.2f bytes. A table with 1 GiB mapped retains %d bytes of heap (growth of the used\n"
						+ "  heap after full GCs of the serial collector, over %d such tables) for %d valid entries:\n"
						+ "  %d leaves + %d table descriptors, in %d table pages. In native memory the same table takes\n"
						+ "  %d pages x %d bytes = %.2f bytes per entry.%n",
				heap.perEntry(), heap.bytes(), HeapPerPte.TABLES, heap.entries(), heap.leaves(), heap.entries() - heap.leaves(),
				heap.pages(), heap.pages(), 1L << setup.codec.geometry().pageShift(),
				(double) heap.pages() * (1L << setup.codec.geometry().pageShift()) / heap.entries()));
		out.append("\nThe tables measured (pages live, table entries, leaves, sum of every entry):\n");
		shapes.forEach(shape -> out.append(shape).append('\n'));
		System.out.print(out);
	}

	private static double toMillis(double score, String unit) {
		return switch (unit) {
		case "ns/op" -> score / 1e6;
		case "us/op" -> score / 1e3;
		case "s/op" -> score * 1e3;
		default -> score;
		};
	}

	private static String perSecond(long count, double ms) {
		double rate = count / (ms / 1e3);
		return rate >= 1e9 ? String.format(Locale.ROOT, "%.2f G", rate / 1e9)
				: String.format(Locale.ROOT, "%.1f M", rate / 1e6);
	}
}
