package org.ptl.sim.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** A chunk of the queue, expanded in parts, in several threads when there are enough states. */
final class Chunk {

	/** Fewer states than this are expanded by one thread: splitting them would cost more than it saves. */
	private static final int PARALLEL_MIN = 1 << 11;

	final int from;
	final int end;
	final List<Expansion> expansions = new ArrayList<>();
	private final List<Future<Expansion>> futures = new ArrayList<>();

	Chunk(int from, int end) {
		this.from = from;
		this.end = end;
	}

	/**
	 * Starts the expansion: all in the pool when overlap is asked for (this thread is about to
	 * add the previous chunk's states), else with this thread taking the first part and waiting.
	 */
	Chunk start(SpareExpansions spare, ExecutorService pool, int threads, long deadline, boolean overlap) {
		int count = end - from;
		int parts = pool == null || count < PARALLEL_MIN ? 1 : threads;
		int step = (count + parts - 1) / parts;
		int first = overlap ? 0 : 1;
		for (int part = first; part < parts; part++) {
			int partFrom = from + part * step;
			int partTo = Math.min(end, partFrom + step);
			if (partFrom < partTo) {
				Expansion expansion = spare.take(from, partFrom, partTo, deadline);
				futures.add(pool.submit(expansion::run));
			}
		}
		if (!overlap) {
			expansions.add(spare.take(from, from, Math.min(end, from + step), deadline).run());
		}
		return this;
	}

	void join() {
		for (Future<Expansion> future : futures) {
			try {
				expansions.add(future.get());
			} catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while exploring", interrupted);
			} catch (ExecutionException failed) {
				throw new IllegalStateException("a thread of the explorer failed", failed.getCause());
			}
		}
		futures.clear();
	}

	/** Whether the time limit stopped an expansion of the chunk. */
	boolean timedOut() {
		return expansions.stream().anyMatch(expansion -> expansion.timedOut);
	}

	long transitions() {
		return expansions.stream().mapToLong(expansion -> expansion.transitions).sum();
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
