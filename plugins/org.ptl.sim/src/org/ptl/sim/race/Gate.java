package org.ptl.sim.race;

import java.util.concurrent.locks.LockSupport;

/**
 * Lets exactly one of the racing CPUs' threads run at a time, and decides which: each CPU runs its
 * operations in a thread of its own and stops at every atomic event; the event happens when the
 * gate hands that CPU the turn. A schedule (a list of CPUs) is followed without the controlling
 * thread (a CPU that goes on needs no switch at all); when it runs out, the turn goes back to the
 * controller, which looks at the state and picks the next CPU. The RCU callbacks are a CPU of their
 * own, run by whichever thread holds the turn. Threads of an abandoned run end at their next stop.
 */
final class Gate {

	static final int CONTROLLER = -1;

	/** Thrown in a CPU's thread when its run is abandoned: it unwinds and ends. */
	static final class Abandoned extends Error {
		private static final long serialVersionUID = 1L;

		Abandoned() {
			super(null, null, false, false);
		}
	}

	private static final Abandoned ABANDONED = new Abandoned();

	private final int cpus;
	private final Thread[] threads;
	private final Point[] pending;
	private final boolean[] finished;
	private final Runnable rcuStep;
	private Thread controller;
	private volatile int turn = CONTROLLER;
	private volatile boolean abandoned;
	private int[] schedule;
	private int position;
	private volatile Throwable failure;

	Gate(int cpus, Runnable rcuStep) {
		this.cpus = cpus;
		this.threads = new Thread[cpus];
		this.pending = new Point[cpus];
		this.finished = new boolean[cpus];
		this.rcuStep = rcuStep;
	}

	/** The CPU that holds the turn (the RCU CPU while callbacks run), or CONTROLLER. */
	int current() {
		return turn;
	}

	boolean abandoned() {
		return abandoned;
	}

	/** The index that stands for the RCU callbacks. */
	int rcu() {
		return cpus;
	}

	/** Starts each CPU's thread and lets it run to its first stop. */
	void start(Runnable[] runs) {
		controller = Thread.currentThread();
		for (int cpu = 0; cpu < cpus; cpu++) {
			threads[cpu] = Thread.ofVirtual().unstarted(runs[cpu]);
			turn = cpu;
			threads[cpu].start();
			await(CONTROLLER);
		}
	}

	/** Runs the CPUs in the schedule's order, then returns (the controller holds the turn again). */
	void run(int[] order) {
		schedule = order;
		position = 0;
		handOver(CONTROLLER, next());
		await(CONTROLLER);
		schedule = null;
		rethrow();
	}

	Point pending(int cpu) {
		return pending[cpu];
	}

	boolean finished(int cpu) {
		return finished[cpu];
	}

	/** Called by a CPU's thread at an atomic event: waits until the event may happen. */
	void stop(int cpu, Point point) {
		pending[cpu] = point;
		handOver(cpu, next());
		await(cpu);
		pending[cpu] = null;
	}

	/** Called by a CPU's thread when its operations are done, as its last act. */
	void done(int cpu) {
		finished[cpu] = true;
		pending[cpu] = null;
		handOver(cpu, next());
	}

	/** Called by a CPU's thread that failed: the controller gets the turn and the failure. */
	void failed(int cpu, Throwable cause) {
		failure = cause;
		finished[cpu] = true;
		schedule = null;
		handOver(cpu, CONTROLLER);
	}

	/** Ends the run: every thread still stopped ends at once. */
	void abandon() {
		abandoned = true;
		for (Thread thread : threads) {
			if (thread != null) {
				LockSupport.unpark(thread);
			}
		}
	}

	private int next() {
		return schedule != null && position < schedule.length ? schedule[position++] : CONTROLLER;
	}

	/** Gives the turn to {@code to}; the RCU CPU's steps are run here and now. */
	private void handOver(int from, int to) {
		int target = to;
		while (target == cpus) {
			turn = cpus;
			rcuStep.run();
			target = next();
		}
		if (target == from) {
			turn = from;
			return;
		}
		turn = target;
		LockSupport.unpark(target == CONTROLLER ? controller : threads[target]);
	}

	private void await(int me) {
		while (turn != me) {
			if (abandoned && me != CONTROLLER) {
				throw ABANDONED;
			}
			LockSupport.park(this);
		}
	}

	private void rethrow() {
		Throwable cause = failure;
		if (cause != null) {
			failure = null;
			throw cause instanceof RuntimeException runtime ? runtime
					: new IllegalStateException("a racing CPU failed: " + cause, cause);
		}
	}
}
