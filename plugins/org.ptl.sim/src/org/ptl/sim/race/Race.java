package org.ptl.sim.race;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.ptl.sim.kvm.OperationSet;

/**
 * Runs a concurrent block's CPUs as the options say and reports: every interleaving (searched
 * again without partial-order reduction when the graph has cycles, since sleep sets may hide one),
 * livelocks found as cycles, what each CPU saw, and the interleaving to show, step by step.
 */
public final class Race {

	private Race() {
	}

	public static RaceReport run(RaceWorld world, FinalCheck check, OperationSet operations, RaceOptions options) {
		long start = System.nanoTime();
		long stepsBefore = world.stepsRun();
		long runsBefore = world.runs();
		Findings findings = new Findings(world, check, operations);
		List<CpuSummary> summaries = new ArrayList<>();
		long states;
		long transitions;
		long interleavings;
		long finals;
		boolean reduction = options.reduction();
		boolean bounded = false;
		int[] firstFinal = null;
		java.util.function.IntFunction<int[]> pathTo = node -> new int[0];
		if (options.mode() == RaceOptions.Mode.ALL) {
			RaceExplorer explorer = new RaceExplorer(world, findings, reduction, options.maxStates());
			explorer.run();
			GraphAnalysis analysis = new GraphAnalysis(explorer.graph, explorer.enabledPerNode());
			if (reduction && analysis.hasCycles()) {
				reduction = false;
				findings = new Findings(world, check, operations);
				explorer = new RaceExplorer(world, findings, false, options.maxStates());
				explorer.run();
				analysis = new GraphAnalysis(explorer.graph, explorer.enabledPerNode());
			}
			bounded = explorer.bounded;
			StateGraph graph = explorer.graph;
			RaceExplorer searched = explorer;
			pathTo = searched::shortestPath;
			long looping = livelock(world, findings, analysis, searched);
			for (int cpu = 0; cpu < world.cpus(); cpu++) {
				summaries.add(new CpuSummary(world.program(cpu).name(), findings.results(cpu), analysis.maxRetries(cpu),
						((looping >>> cpu) & 1) == 0));
			}
			states = graph.nodes;
			transitions = graph.edges;
			interleavings = analysis.interleavings();
			long count = 0;
			for (int node = 0; node < graph.nodes; node++) {
				if (graph.last[node]) {
					count++;
					firstFinal = firstFinal == null ? searched.shortestPath(node) : firstFinal;
				}
			}
			finals = count;
		} else {
			RaceSampler sampler = new RaceSampler(world, findings);
			sampler.run(options.mode() == RaceOptions.Mode.FIRST ? 1 : options.samples(),
					options.mode() == RaceOptions.Mode.FIRST ? null : new SplittableRandom(options.seed()));
			for (int cpu = 0; cpu < world.cpus(); cpu++) {
				summaries.add(new CpuSummary(world.program(cpu).name(), findings.results(cpu), -1, true));
			}
			states = -1;
			transitions = -1;
			interleavings = sampler.runs;
			finals = sampler.finals;
			firstFinal = new int[0];
		}
		long nanos = System.nanoTime() - start;
		long steps = world.stepsRun() - stepsBefore;
		long runs = world.runs() - runsBefore;
		List<RaceFailure> failures = findings.failures(pathTo);
		RaceFailure shownFailure = failures.isEmpty() ? null : failures.get(0);
		int[] schedule = shownFailure != null ? shownFailure.schedule() : firstFinal == null ? new int[0] : firstFinal;
		int[] cycle = shownFailure != null ? shownFailure.cycle() : new int[0];
		List<StepRecord> shown = options.mode() == RaceOptions.Mode.ALL || shownFailure != null
				? Replays.records(world, schedule, cycle) : Replays.first(world);
		List<String> names = new ArrayList<>();
		for (int cpu = 0; cpu < world.cpus(); cpu++) {
			names.add(world.program(cpu).name());
		}
		return new RaceReport(names, options.mode(), states, transitions, interleavings, finals, nanos, reduction, bounded,
				failures, summaries, shown, shownFailure, steps, runs, world.prologue());
	}

	/** Reports the livelocks (but those every CPU in them may have); returns the looping CPUs as bits. */
	private static long livelock(RaceWorld world, Findings findings, GraphAnalysis analysis, RaceExplorer explorer) {
		long looping = 0;
		for (int[][] livelock : analysis.livelocks()) {
			looping |= livelock(world, findings, livelock, explorer);
		}
		return looping;
	}

	private static long livelock(RaceWorld world, Findings findings, int[][] livelock, RaceExplorer explorer) {
		int entry = livelock[0][0];
		int[] cycle = livelock[1];
		int[] schedule = explorer.shortestPath(entry);
		world.reset(false);
		world.run(schedule);
		world.violations();
		long looping = 0;
		boolean allowed = true;
		List<String> names = new ArrayList<>();
		for (int cpu : cycle) {
			if (cpu < world.cpus() && ((looping >>> cpu) & 1) == 0) {
				looping |= 1L << cpu;
				CpuOp op = world.program(cpu).ops().get(Math.min(world.operation(cpu), world.program(cpu).ops().size() - 1));
				allowed &= op.livelock();
				names.add(world.program(cpu).name() + " ('" + op.text() + "', line " + op.line() + ")");
			}
		}
		if (!allowed) {
			findings.fail(RaceFailure.Kind.LIVELOCK, String.join(" and ", names) + " can retry for ever",
					new Findings.Place(schedule, -1, -1), cycle, List.of());
		}
		return looping;
	}
}
