package org.ptl.sim.race;

import java.util.List;
import java.util.SplittableRandom;

import org.ptl.sim.monitor.Violation;

/**
 * Single interleavings run to the end: the first (each time the lowest CPU that can go) or a number
 * drawn from a seed. Each is checked as the exhaustive search checks its runs; one that does not end
 * within a bound of steps is reported as a possible livelock.
 */
final class RaceSampler {

	/** Steps after which a run that has not ended is taken for a livelock. */
	static final int MAX_STEPS = 20_000;

	private final RaceWorld world;
	private final Findings findings;
	long runs;
	long finals;

	RaceSampler(RaceWorld world, Findings findings) {
		this.world = world;
		this.findings = findings;
	}

	void run(int count, SplittableRandom random) {
		for (int i = 0; i < count; i++) {
			once(random);
		}
	}

	private void once(SplittableRandom random) {
		runs++;
		world.reset(false);
		int[] schedule = new int[0];
		for (int step = 0; step < MAX_STEPS; step++) {
			if (world.done()) {
				finals++;
				findings.finalState(new Findings.Place(schedule, -1, -1));
				return;
			}
			long enabled = world.enabled();
			if (enabled == 0) {
				findings.fail(RaceFailure.Kind.DEADLOCK, "no CPU can go on (a lock is never released)",
						new Findings.Place(schedule, -1, -1), new int[0], List.of());
				return;
			}
			int cpu = pick(enabled, random);
			world.run(new int[] { cpu });
			schedule = Findings.append(schedule, cpu);
			findings.observe();
			List<Violation> violations = world.violations();
			if (!violations.isEmpty()) {
				findings.monitor(violations, new Findings.Place(schedule, -1, -1));
				return;
			}
		}
		findings.fail(RaceFailure.Kind.LIVELOCK, "no end after " + MAX_STEPS + " steps", new Findings.Place(schedule, -1, -1),
				new int[0], List.of());
	}

	private static int pick(long enabled, SplittableRandom random) {
		if (random == null) {
			return Long.numberOfTrailingZeros(enabled);
		}
		int choice = random.nextInt(Long.bitCount(enabled));
		long left = enabled;
		for (int i = 0; i < choice; i++) {
			left &= left - 1;
		}
		return Long.numberOfTrailingZeros(left);
	}
}
