package org.ptl.sim.race;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one schedule again, writing down every step (its CPU, what it did, the rules it broke and the
 * line of the operation it was in), for showing it: to the end of the schedule and once round a
 * livelock's cycle; or the first interleaving (lowest CPU first) to its end.
 */
public final class Replays {

	private Replays() {
	}

	public static List<StepRecord> records(RaceWorld world, int[] schedule, int[] cycle) {
		world.reset(true);
		world.recorded();
		List<StepRecord> records = new ArrayList<>();
		for (int cpu : schedule) {
			records.add(step(world, cpu));
		}
		for (int cpu : cycle) {
			records.add(step(world, cpu));
		}
		return records;
	}

	static List<StepRecord> first(RaceWorld world) {
		world.reset(true);
		world.recorded();
		List<StepRecord> records = new ArrayList<>();
		for (int step = 0; step < RaceSampler.MAX_STEPS && !world.done(); step++) {
			long enabled = world.enabled();
			if (enabled == 0) {
				break;
			}
			records.add(step(world, Long.numberOfTrailingZeros(enabled)));
		}
		return records;
	}

	private static StepRecord step(RaceWorld world, int cpu) {
		int line = cpu < world.cpus() ? world.line(cpu) : 0;
		Point point = world.pending(cpu);
		world.run(new int[] { cpu });
		List<String> events = new ArrayList<>(world.recorded());
		if (point.kind() == PointKind.LOCK || point.kind() == PointKind.RCU) {
			events.add(0, point.describe());
		}
		return new StepRecord(cpu < world.cpus() ? cpu : -1, events, world.violations(), line, world.monitored());
	}

	/**
	 * Leaves the world at the end of the schedule and then of the first interleaving from there (the
	 * state the scenario goes on from), and gives the table back to the scenario.
	 */
	public static void finish(RaceWorld world, int[] schedule) {
		world.reset(false);
		world.run(schedule);
		for (int step = 0; step < RaceSampler.MAX_STEPS && !world.done(); step++) {
			long enabled = world.enabled();
			if (enabled == 0) {
				break;
			}
			world.run(new int[] { Long.numberOfTrailingZeros(enabled) });
		}
		world.violations();
		world.handBack();
	}
}
