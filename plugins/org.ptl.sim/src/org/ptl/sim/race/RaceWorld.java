package org.ptl.sim.race;

import java.util.ArrayList;
import java.util.List;

import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.monitor.BbmEvent;
import org.ptl.sim.monitor.BbmMonitor;
import org.ptl.sim.monitor.LockHolders;
import org.ptl.sim.monitor.Violation;
import org.ptl.sim.monitor.feed.EngineFeed;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.table.PoolCheckpoint;
import org.ptl.sim.walk.Walker;

/**
 * The racing CPUs on their table, run after run: each run starts from the table as the scenario
 * left it (the pool and monitor rolled back), gives every CPU a fresh walker and the pages it
 * reserved, and lets a {@link Gate} interleave them. Between steps it tells which CPUs may go on, a
 * hash of the whole state (memory, counts, the monitor, locks, RCU, and each CPU's place), and at
 * the end whether the table is sound.
 */
public final class RaceWorld {

	private final RaceTable shared;
	private final List<CpuProgram> programs;
	private final PoolCheckpoint checkpoint;
	private final BbmMonitor monitorAtStart;
	private final int[][][] reserved;
	private final WorldObserver observer;
	private Gate gate;
	private RcuQueue rcu;
	private Walker[] walkers;
	private Memcache[] caches;
	private int[] opIndex;
	private long[][] results;
	private LockHolders lock;
	private int[] retries;
	private boolean racing;
	private List<BbmEvent> monitored;
	/** The table's memory and its root as the run starts, for a trace that starts from it. */
	private final List<BbmEvent> prologue;
	private long stepsRun;
	private long runs;

	public RaceWorld(RaceTable shared, List<CpuProgram> programs) {
		this.shared = shared;
		this.programs = programs;
		PageTable table = shared.table();
		reserved = OpCalls.reserve(table, programs);
		shared.feed().feed(new BbmEvent.Unlock(0, EngineFeed.TABLE_LOCK));
		monitorAtStart = shared.feed().monitor().copy();
		checkpoint = table.pool().checkpoint();
		observer = new WorldObserver(this, table);
		prologue = Prologue.of(table, shared);
	}

	/** Events that set up the table as the race starts: its pages made, their entries, its root. */
	public List<BbmEvent> prologue() {
		return prologue;
	}

	/** The monitor's events since the last call (when the run records). */
	List<BbmEvent> monitored() {
		if (monitored == null) {
			return List.of();
		}
		List<BbmEvent> events = List.copyOf(monitored);
		monitored.clear();
		return events;
	}

	public int cpus() {
		return programs.size();
	}

	public CpuProgram program(int cpu) {
		return programs.get(cpu);
	}

	Gate gate() {
		return gate;
	}

	EngineFeed feed() {
		return shared.feed();
	}

	Maintenance trace() {
		return shared.trace();
	}

	PageTable table() {
		return shared.table();
	}

	/** Whether CPUs are running (their accesses are atomic events), rather than the table being set up or checked. */
	boolean racing() {
		return racing;
	}

	/** A CPU's thread stops here before an atomic event. */
	void stop(Point point) {
		int cpu = gate.current();
		if (cpu >= 0 && cpu < programs.size()) {
			gate.stop(cpu, point);
		}
	}

	/** Starts a run from the beginning, its threads stopped at their first event. */
	public void reset(boolean recordSteps) {
		if (gate != null) {
			gate.abandon();
		}
		racing = false;
		runs++;
		PageTable table = shared.table();
		table.pool().rollback(checkpoint);
		shared.feed().restore(monitorAtStart);
		table.pool().setObserver(observer);
		observer.reset();
		observer.record(recordSteps ? new ArrayList<>() : null);
		monitored = recordSteps ? new ArrayList<>() : null;
		List<BbmEvent> sink = monitored;
		shared.feed().listener(sink == null ? null : (event, found) -> sink.add(event));
		int cpus = programs.size();
		rcu = new RcuQueue(cpus);
		gate = new Gate(cpus, rcu::runReady);
		shared.feed().actingCpu(() -> gate.current() < 0 ? 0 : gate.current());
		walkers = new Walker[cpus];
		caches = new Memcache[cpus];
		opIndex = new int[cpus];
		results = new long[cpus][];
		retries = new int[cpus];
		lock = new LockHolders();
		Runnable[] runs = new Runnable[cpus];
		for (int cpu = 0; cpu < cpus; cpu++) {
			walkers[cpu] = new Walker(shared.policy());
			walkers[cpu].setHooks(new CpuHooks(cpu, rcu, gate, retries));
			results[cpu] = new long[programs.get(cpu).ops().size()];
			runs[cpu] = new CpuRun(this, cpu);
		}
		racing = true;
		gate.start(runs);
	}

	void lock(int cpu, boolean exclusive) {
		lock.lock(cpu, exclusive);
		shared.feed().feed(new BbmEvent.Lock(cpu, EngineFeed.TABLE_LOCK, exclusive));
	}

	void unlock(int cpu) {
		lock.unlock(cpu);
		shared.feed().feed(new BbmEvent.Unlock(cpu, EngineFeed.TABLE_LOCK));
	}

	void perform(int cpu, int op) {
		opIndex[cpu] = op;
		caches[cpu] = Memcache.ofPages(reserved[cpu][op]);
		PgtableLibrary library = new PgtableLibrary(shared.table(), shared.operations(), walkers[cpu], caches[cpu],
				observer, shared.features());
		library.setRcu((page, level, free) -> rcu.call(page, level, free));
		results[cpu][op] = OpCalls.perform(programs.get(cpu).ops().get(op).step(), library, shared.policy(), caches[cpu]);
		opIndex[cpu] = op + 1;
		observer.note("returns " + org.ptl.sim.Errno.text(results[cpu][op]));
	}

	/** Runs the CPUs in this order from where the run is. */
	public void run(int[] order) {
		stepsRun += order.length;
		gate.run(order);
	}

	/** Steps run so far, replays included (the cost of a search). */
	public long stepsRun() {
		return stepsRun;
	}

	/** Runs started so far. */
	public long runs() {
		return runs;
	}

	/** The CPUs (and, as index {@link #cpus()}, the RCU callbacks) that may take the next step, as bits. */
	public long enabled() {
		long enabled = 0;
		for (int cpu = 0; cpu < programs.size(); cpu++) {
			Point point = gate.pending(cpu);
			if (gate.finished(cpu) || point == null) {
				continue;
			}
			if (point.kind() != PointKind.LOCK || lock.free(point.exclusive())) {
				enabled |= 1L << cpu;
			}
		}
		if (rcu.ready()) {
			enabled |= 1L << programs.size();
		}
		return enabled;
	}

	/**
	 * The next atomic event of a CPU ({@link Point#RCU} for the RCU callbacks); for a reference
	 * count dropped, whether it would free the page now.
	 */
	Point pending(int cpu) {
		if (cpu == programs.size()) {
			return Point.RCU;
		}
		Point point = gate.pending(cpu);
		if (point != null && point.kind() == PointKind.PUT) {
			return Point.count(PointKind.PUT, point.page(), shared.table().pool().count(point.page()) == 1);
		}
		return point;
	}

	public boolean finished(int cpu) {
		return gate.finished(cpu);
	}

	/** Whether every CPU is done and no callback waits. */
	public boolean done() {
		for (int cpu = 0; cpu < programs.size(); cpu++) {
			if (!gate.finished(cpu)) {
				return false;
			}
		}
		return rcu.empty();
	}

	/** The rules broken since the last call. */
	public List<Violation> violations() {
		return shared.feed().drain();
	}

	/** The events written down since the last call (when the run records). */
	public List<String> recorded() {
		return observer.drainRecording();
	}

	public long result(int cpu, int op) {
		return results[cpu][op];
	}

	public int retries(int cpu) {
		return retries[cpu];
	}

	/** The operation the CPU is in (its count of operations when done). */
	public int operation(int cpu) {
		return opIndex[cpu];
	}

	/** A 128-bit hash of the whole state, as two longs. */
	public long[] key() {
		long shared = observer.hash() * 0x9E3779B97F4A7C15L + this.shared.feed().monitor().stateHash();
		shared = shared * 31 + rcu.hash() + lock.hash();
		long[] cpuKeys = new long[programs.size()];
		for (int cpu = 0; cpu < cpuKeys.length; cpu++) {
			cpuKeys[cpu] = gate.finished(cpu) ? StateKeys.finished(results[cpu])
					: StateKeys.running(opIndex[cpu], gate.pending(cpu) == null ? 0 : gate.pending(cpu).key(),
							results[cpu], walkers[cpu].stateKey(), caches[cpu] == null ? -1 : caches[cpu].pages());
		}
		return StateKeys.combine(shared, cpuKeys);
	}

	/** Every CPU is done: what follows (the checks, the steps after the block) runs on CPU 0 with the lock. */
	void settle() {
		racing = false;
		shared.feed().feed(new BbmEvent.Lock(0, EngineFeed.TABLE_LOCK, true));
	}

	/** The source line of the operation the CPU is in (0 when it is done). */
	int line(int cpu) {
		List<CpuOp> ops = programs.get(cpu).ops();
		return opIndex[cpu] < ops.size() ? ops.get(opIndex[cpu]).line() : 0;
	}

	/** Ends the run's threads; after this the world only answers about the state it reached. */
	public void close() {
		racing = false;
		if (gate != null) {
			gate.abandon();
		}
	}

	/**
	 * Gives the table back to the scenario as the last run left it: its monitor's feed watches it
	 * again, with CPU 0 holding the lock, as for sequential steps.
	 */
	public void handBack() {
		close();
		shared.table().pool().setObserver(shared.feed());
		shared.feed().actingCpu(() -> 0);
		shared.feed().feed(new BbmEvent.Lock(0, EngineFeed.TABLE_LOCK, true));
	}
}
