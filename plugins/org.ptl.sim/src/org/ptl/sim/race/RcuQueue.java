package org.ptl.sim.race;

import java.util.ArrayList;
import java.util.List;

/**
 * RCU as the racing CPUs see it: a shared walk is a read-side critical section; a detached subtree
 * handed to call_rcu() is freed only after every CPU that was inside a critical section then has
 * left it (a grace period). Each CPU counts the critical sections it entered, so that one it entered
 * later does not hold the callback back.
 */
final class RcuQueue {

	private record Callback(int page, int level, Runnable free, int[] waitFor) {
	}

	private final boolean[] inside;
	private final int[] entered;
	private final List<Callback> callbacks = new ArrayList<>();

	RcuQueue(int cpus) {
		inside = new boolean[cpus];
		entered = new int[cpus];
	}

	void begin(int cpu) {
		inside[cpu] = true;
		entered[cpu]++;
	}

	void end(int cpu) {
		inside[cpu] = false;
	}

	void call(int page, int level, Runnable free) {
		int[] waitFor = new int[inside.length];
		for (int cpu = 0; cpu < inside.length; cpu++) {
			waitFor[cpu] = inside[cpu] ? entered[cpu] : -1;
		}
		callbacks.add(new Callback(page, level, free, waitFor));
	}

	private boolean elapsed(Callback callback) {
		for (int cpu = 0; cpu < inside.length; cpu++) {
			if (callback.waitFor[cpu] >= 0 && inside[cpu] && entered[cpu] == callback.waitFor[cpu]) {
				return false;
			}
		}
		return true;
	}

	/** Whether some callback's grace period is over. */
	boolean ready() {
		for (Callback callback : callbacks) {
			if (elapsed(callback)) {
				return true;
			}
		}
		return false;
	}

	boolean empty() {
		return callbacks.isEmpty();
	}

	/** Runs every callback whose grace period is over; returns the table pages it freed. */
	List<Integer> runReady() {
		List<Integer> freed = new ArrayList<>();
		for (Callback callback : List.copyOf(callbacks)) {
			if (elapsed(callback)) {
				callbacks.remove(callback);
				callback.free().run();
				freed.add(callback.page());
			}
		}
		return freed;
	}

	long hash() {
		long hash = 0;
		for (int cpu = 0; cpu < inside.length; cpu++) {
			hash = hash * 31 + (inside[cpu] ? 1 : 0);
		}
		for (Callback callback : callbacks) {
			long h = callback.page() * 0x9E3779B97F4A7C15L + callback.level();
			for (int cpu = 0; cpu < inside.length; cpu++) {
				h = h * 31 + (elapsedFor(callback, cpu) ? 0 : 1);
			}
			hash += h ^ (h >>> 31);
		}
		return hash;
	}

	/** Whether the callback still waits for the CPU (only that matters, not how many sections it entered). */
	private boolean elapsedFor(Callback callback, int cpu) {
		return callback.waitFor[cpu] < 0 || !inside[cpu] || entered[cpu] != callback.waitFor[cpu];
	}
}
