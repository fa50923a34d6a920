package org.ptl.sim.race;

import java.util.ArrayList;
import java.util.List;

import org.ptl.sim.kvm.PgtableLibrary;
import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.monitor.BbmEvent;
import org.ptl.sim.monitor.BbmMonitor;
import org.ptl.sim.monitor.Violation;
import org.ptl.sim.monitor.feed.EngineFeed;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.table.TablePool;
import org.ptl.sim.walk.WalkHooks;
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
	private final TablePool.Checkpoint checkpoint;
	private final BbmMonitor monitorAtStart;
	private final int[][][] reserved;
	private final WorldObserver observer;
	private final long memoryAtStart;
	private final long countsAtStart;
	private Gate gate;
	private RcuQueue rcu;
	private Walker[] walkers;
	private Memcache[] caches;
	private int[] opIndex;
	private long[][] results;
	private int writer;
	private long readers;
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
		int levels = table.geometry().lastLevel() - table.geometry().firstLevel();
		reserved = new int[programs.size()][][];
		for (int cpu = 0; cpu < programs.size(); cpu++) {
			List<CpuOp> ops = programs.get(cpu).ops();
			reserved[cpu] = new int[ops.size()][];
			for (int op = 0; op < ops.size(); op++) {
				reserved[cpu][op] = table.pool()
						.reserve(OpCalls.pagesNeeded(ops.get(op).step(), table.pool().entriesPerPage(), levels));
			}
		}
		shared.feed().feed(new BbmEvent.Unlock(0, EngineFeed.TABLE_LOCK));
		monitorAtStart = shared.feed().monitor().copy();
		checkpoint = table.pool().checkpoint();
		observer = new WorldObserver(this, table);
		memoryAtStart = memoryHash(table);
		countsAtStart = countsHash(table);
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

	private static long memoryHash(PageTable table) {
		long hash = 0;
		TablePool pool = table.pool();
		for (int page = 0; page < pool.carved(); page++) {
			for (int index = 0; index < pool.entriesPerPage(); index++) {
				hash += WorldObserver.term(page, index, pool.read(page, index));
			}
		}
		return hash;
	}

	private static long countsHash(PageTable table) {
		long hash = 0;
		for (int page = 0; page < table.pool().carved(); page++) {
			hash += WorldObserver.countTerm(page, table.pool().count(page));
		}
		return hash;
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
		observer.reset(memoryAtStart, countsAtStart);
		observer.record(recordSteps ? new ArrayList<>() : null);
		monitored = recordSteps ? new ArrayList<>() : null;
		List<BbmEvent> sink = monitored;
		shared.feed().listener(sink == null ? null : (event, found) -> sink.add(event));
		int cpus = programs.size();
		rcu = new RcuQueue(cpus);
		gate = new Gate(cpus, this::runRcu);
		shared.feed().actingCpu(() -> gate.current() < 0 ? 0 : gate.current());
		walkers = new Walker[cpus];
		caches = new Memcache[cpus];
		opIndex = new int[cpus];
		results = new long[cpus][];
		retries = new int[cpus];
		writer = -1;
		readers = 0;
		Runnable[] runs = new Runnable[cpus];
		RcuQueue queue = rcu;
		Gate runGate = gate;
		int[] runRetries = retries;
		for (int cpu = 0; cpu < cpus; cpu++) {
			int me = cpu;
			walkers[cpu] = new Walker(shared.policy());
			// the hooks belong to this run: a thread of an abandoned run may still unwind through them
			walkers[cpu].setHooks(new WalkHooks() {

				@Override
				public void begin(long flags) {
					if ((flags & org.ptl.sim.walk.WalkFlags.SHARED) != 0 && !runGate.abandoned()) {
						queue.begin(me);
					}
				}

				@Override
				public void end(long flags) {
					if (!runGate.abandoned()) {
						queue.end(me);
					}
				}

				@Override
				public void retried() {
					runRetries[me]++;
				}
			});
			results[cpu] = new long[programs.get(cpu).ops().size()];
			runs[cpu] = new CpuRun(this, cpu);
		}
		racing = true;
		gate.start(runs);
	}

	void lock(int cpu, boolean exclusive) {
		if (exclusive) {
			writer = cpu;
		} else {
			readers |= 1L << cpu;
		}
		shared.feed().feed(new BbmEvent.Lock(cpu, EngineFeed.TABLE_LOCK, exclusive));
	}

	void unlock(int cpu) {
		if (writer == cpu) {
			writer = -1;
		}
		readers &= ~(1L << cpu);
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

	private void runRcu() {
		rcu.runReady();
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
			boolean free = point.kind() != PointKind.LOCK
					|| (point.exclusive() ? writer < 0 && readers == 0 : writer < 0);
			if (free) {
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
		long a = observer.hash() * 0x9E3779B97F4A7C15L + shared.feed().monitor().stateHash();
		a = a * 31 + rcu.hash() + writer * 7L + readers * 131L;
		long b = a ^ 0x5DEECE66DL;
		for (int cpu = 0; cpu < programs.size(); cpu++) {
			long local = cpuKey(cpu);
			a = mix(a, local);
			b = mix(b ^ (cpu + 1L), Long.rotateLeft(local, 29) + cpu);
		}
		return new long[] { a, b };
	}

	private long cpuKey(int cpu) {
		if (gate.finished(cpu)) {
			long key = -1;
			for (long result : results[cpu]) {
				key = mix(key, result);
			}
			return key;
		}
		Point point = gate.pending(cpu);
		long key = mix(opIndex[cpu], point == null ? 0 : point.key());
		for (int op = 0; op < opIndex[cpu] && op < results[cpu].length; op++) {
			key = mix(key, results[cpu][op]);
		}
		key = mix(key, walkers[cpu].stateKey());
		return mix(key, caches[cpu] == null ? -1 : caches[cpu].pages());
	}

	private static long mix(long key, long value) {
		long h = (key ^ value) * 0xBF58476D1CE4E5B9L;
		return h ^ (h >>> 27) ^ (h >>> 53);
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
