package org.ptl.sim.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chunk of the queue, expanded in parts. With several threads, the parts go to whichever thread
 * is free: the pool's threads start on them at once, and the thread that adds states joins them
 * once it has added the previous chunk's, so that as many threads work as were asked for (the pool
 * has one fewer). The expansions are kept in the order of their parts, whoever ran them.
 */
final class Chunk {

	/** Fewer states than this are expanded by one thread: splitting them would cost more than it saves. */
	private static final int PARALLEL_MIN = 1 << 11;
	/** Parts per thread: small enough that a thread that starts late still gets its share. */
	private static final int PARTS_PER_THREAD = 4;

	final int from;
	final int end;
	/** The chunk's number in the search, from 0. */
	private final int number;
	final List<Expansion> expansions = new ArrayList<>();
	private final List<Future<?>> helpers = new ArrayList<>();
	private final AtomicInteger nextPart = new AtomicInteger();
	private Expansion[] parts;

	Chunk(int number, int from, int end) {
		this.number = number;
		this.from = from;
		this.end = end;
	}

	/**
	 * Starts the expansion: the pool's threads (if any) take parts now; this thread takes its
	 * share in {@link #join()}, after adding the previous chunk's states.
	 */
	Chunk start(SpareExpansions spare, ExecutorService pool, int threads, long deadline) {
		int count = end - from;
		int partCount = pool == null || count < PARALLEL_MIN ? 1 : threads * PARTS_PER_THREAD;
		int step = (count + partCount - 1) / partCount;
		List<Expansion> ranges = new ArrayList<>();
		for (int partFrom = from; partFrom < end; partFrom += step) {
			int claimer = StateMarks.claimer(number, ranges.size());
			ranges.add(spare.take(from, claimer, partFrom, Math.min(end, partFrom + step), deadline));
		}
		parts = ranges.toArray(Expansion[]::new);
		if (parts.length > 1) {
			for (int helper = 1; helper < threads; helper++) {
				helpers.add(pool.submit(this::expandParts));
			}
		}
		return this;
	}

	private void expandParts() {
		for (int part = nextPart.getAndIncrement(); part < parts.length; part = nextPart.getAndIncrement()) {
			parts[part].run();
		}
	}

	/** Expands the parts no thread has taken yet, waits for the others, and lists the expansions in order. */
	void join() {
		expandParts();
		for (Future<?> helper : helpers) {
			try {
				helper.get();
			} catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while exploring", interrupted);
			} catch (ExecutionException failed) {
				throw new IllegalStateException("a thread of the explorer failed", failed.getCause());
			}
		}
		helpers.clear();
		expansions.addAll(Arrays.asList(parts));
	}

	/** Whether the time limit stopped an expansion of the chunk. */
	boolean timedOut() {
		return expansions.stream().anyMatch(expansion -> expansion.timedOut);
	}

	/**
	 * The transitions taken up to the first successor that breaks an invariant, if one does: the
	 * parts after the one that found it expanded states a single thread would not have reached
	 * before stopping, so counting them would make the figure depend on the number of threads.
	 */
	long transitions() {
		long sum = 0;
		for (Expansion expansion : expansions) {
			sum += expansion.transitions;
			if (expansion.foundViolation()) {
				break;
			}
		}
		return sum;
	}

	/** The states the expansions claimed in empty slots of a claiming store. */
	long claimedNew() {
		return expansions.stream().mapToLong(expansion -> expansion.claimedNew).sum();
	}

	/** The first state of the chunk without an enabled transition, or -1. */
	int deadlocked() {
		return expansions.stream().mapToInt(expansion -> expansion.deadlocked).filter(id -> id >= 0).findFirst()
				.orElse(-1);
	}
}
