package org.ptl.sim.race;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

import org.ptl.sim.monitor.Violation;

/**
 * What a search of interleavings collects as it goes: each failure once (by kind and message) with
 * where it happened (a schedule, or a state of the explored graph and the CPU that stepped from it,
 * whose shortest schedule is known only when the search is over), the results every operation
 * returned in the final states, and the checks run on each final state.
 */
final class Findings {

	/** Where a failure happened: after a schedule, or in a state (and by a CPU stepping from it). */
	record Place(int[] schedule, int node, int cpu) {
	}

	private record Failure(RaceFailure.Kind kind, String message, int[] cycle, List<Violation> violations,
			List<Place> places) {
	}

	private final Map<String, Failure> failures = new LinkedHashMap<>();
	private final List<List<SortedSet<Long>>> results = new ArrayList<>();
	private final RaceWorld world;
	private final FinalCheck check;
	private final org.ptl.sim.kvm.OperationSet operations;

	Findings(RaceWorld world, FinalCheck check, org.ptl.sim.kvm.OperationSet operations) {
		this.world = world;
		this.check = check;
		this.operations = operations;
		for (int cpu = 0; cpu < world.cpus(); cpu++) {
			List<SortedSet<Long>> perOp = new ArrayList<>();
			for (int op = 0; op < world.program(cpu).ops().size(); op++) {
				perOp.add(new TreeSet<>());
			}
			results.add(perOp);
		}
	}

	void fail(RaceFailure.Kind kind, String message, Place place, int[] cycle, List<Violation> violations) {
		String key = kind + ": " + message;
		failures.computeIfAbsent(key, k -> new Failure(kind, message, cycle, violations, new ArrayList<>())).places()
				.add(place);
	}

	void monitor(List<Violation> violations, Place place) {
		fail(RaceFailure.Kind.MONITOR, violations.get(0).message(), place, new int[0], violations);
	}

	/** Keeps what the operations the CPUs have finished returned, in the state the world is in. */
	void observe() {
		for (int cpu = 0; cpu < world.cpus(); cpu++) {
			int done = Math.min(world.operation(cpu), world.program(cpu).ops().size());
			for (int op = 0; op < done; op++) {
				results.get(cpu).get(op).add(world.result(cpu, op));
			}
		}
	}

	/** The world is in a final state: keep results, run every check. */
	void finalState(Place place) {
		observe();
		world.settle();
		List<String> found = new ArrayList<>(FinalState.failures(world, operations));
		found.addAll(check.failures(world));
		List<Violation> violations = world.violations();
		for (String failure : found) {
			fail(RaceFailure.Kind.FINAL, failure, place, new int[0], List.of());
		}
		if (!violations.isEmpty()) {
			fail(RaceFailure.Kind.MONITOR, "after the block: " + violations.get(0).message(), place, new int[0],
					violations);
		}
	}

	static int[] append(int[] schedule, int cpu) {
		int[] longer = Arrays.copyOf(schedule, schedule.length + 1);
		longer[schedule.length] = cpu;
		return longer;
	}

	/**
	 * Each failure with its shortest schedule, shortest first; {@code pathTo} gives the shortest
	 * schedule to a state of the explored graph.
	 */
	List<RaceFailure> failures(java.util.function.IntFunction<int[]> pathTo) {
		ToIntFunction<Place> length = place -> place.schedule() != null ? place.schedule().length
				: pathTo.apply(place.node()).length + (place.cpu() >= 0 ? 1 : 0);
		List<RaceFailure> sorted = new ArrayList<>();
		for (Failure failure : failures.values()) {
			Place best = failure.places().stream().min((a, b) -> Integer.compare(length.applyAsInt(a), length.applyAsInt(b)))
					.orElseThrow();
			int[] schedule = best.schedule() != null ? best.schedule()
					: best.cpu() >= 0 ? append(pathTo.apply(best.node()), best.cpu()) : pathTo.apply(best.node());
			sorted.add(new RaceFailure(failure.kind(), failure.message(), schedule, failure.cycle(), failure.violations()));
		}
		sorted.sort((a, b) -> Integer.compare(a.schedule().length + a.cycle().length,
				b.schedule().length + b.cycle().length));
		return sorted;
	}

	List<SortedSet<Long>> results(int cpu) {
		return results.get(cpu);
	}
}
