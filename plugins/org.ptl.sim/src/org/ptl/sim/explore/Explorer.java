package org.ptl.sim.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ptl.model.OwnershipModel;

/**
 * Explores every state a model can reach, breadth first, and checks its invariants in each: the
 * verdict is that they hold everywhere, or the shortest trace to a state that breaks one, or the
 * bound that stopped the search. Ownership models and protocol models alike come as a
 * {@link PagedSystem}. States are packed into words ({@link StateEncoding}: a page value per page,
 * or with symmetry the multiset of page values, and a global value when the model has one) and
 * stored without objects ({@link StateStore}); successors come from the tables of the
 * {@link PageAutomaton}, without evaluating a page rule's guard again.
 *
 * <p>The queue is processed in chunks. Threads expand the states of a chunk and look their
 * successors up in the store, keeping in order those not found (in a store of narrow states they
 * claim them at once, {@link StateMarks} and {@link ClaimTable}); then one thread adds them in that order,
 * while the other threads start on the next chunk. A state found by several threads keeps the
 * parent earliest in the queue, so the result, state numbers and traces included, is the same
 * whatever the number of threads.
 */
public final class Explorer {

	/** A page may reach at most this many values (the automaton is built before the search). */
	public static final int MAX_PAGE_VALUES = 1 << 22;

	private static final int CHUNK = 1 << 14;
	private static final long PROGRESS_NANOS = 500_000_000L;

	private final PagedSystem system;
	private final ExplorationOptions options;
	private final List<String> notes = new ArrayList<>();

	private PageAutomaton automaton;
	private Symmetry symmetry;
	private StateEncoding encoding;
	private StateStore store;
	private final BoundWatch watch = new BoundWatch();
	private long transitions;
	private int depth;
	private long started;

	private Explorer(PagedSystem system, ExplorationOptions options) {
		this.system = system;
		this.options = options;
	}

	/** Explores an ownership model, each family with the options' members. */
	public static ExplorationResult explore(OwnershipModel model, ExplorationOptions options) {
		return explore(new OwnershipPages(PageModel.compile(model, options::membersOf, options.counterBound())), options);
	}

	/** Explores a model given as pages and a global value (see {@link PagedSystem}). */
	public static ExplorationResult explore(PagedSystem system, ExplorationOptions options) {
		if (options.pages() < 1) {
			throw new IllegalArgumentException("explore at least 1 page, not " + options.pages());
		}
		return new Explorer(system, options).run();
	}

	private ExplorationResult run() {
		started = System.nanoTime();
		try {
			automaton = PageAutomaton.build(system, MAX_PAGE_VALUES);
		} catch (PageAutomaton.BoundReached bound) {
			return bounded(bound.getMessage() + " (the explorer handles at most " + MAX_PAGE_VALUES + ")", 0);
		}
		symmetry = options.symmetry() ? Symmetry.of(automaton, options.pages()) : Symmetry.none(automaton, options.pages());
		if (symmetry.note() != null) {
			notes.add(symmetry.note());
		}
		notes.addAll(system.notes());
		encoding = StateEncoding.choose(automaton, options.pages(), symmetry, watch);
		store = new StateStore(encoding.words(), encoding.bits(), options.effectiveMaxMemory());
		// the thread that adds states expands too (see Chunk)
		ExecutorService pool = options.threads() > 1 ? Executors.newFixedThreadPool(options.threads() - 1, runnable -> {
			Thread thread = new Thread(runnable, "ptl-explore");
			thread.setDaemon(true);
			return thread;
		}) : null;
		try {
			return search(pool);
		} finally {
			if (pool != null) {
				pool.shutdownNow();
			}
		}
	}

	private ExplorationResult search(ExecutorService pool) {
		int[] initial = new int[options.pages() + (automaton.hasGlobal() ? 1 : 0)];
		long[] key = new long[encoding.words()];
		encoding.encode(initial, key, 0);
		store.add(key, 0, PackedStates.hash(key, 0, key.length), -1);
		if (!new Traces.Concrete(automaton, options.pages()).broken().isEmpty()) {
			return violated(0, null);
		}
		Insertion insertion = new Insertion(store, options, automaton);
		SpareExpansions spare = new SpareExpansions(store, encoding);
		long deadline = options.timeLimitNanos() > 0 ? started + options.timeLimitNanos() : Long.MAX_VALUE;
		long nextProgress = started + PROGRESS_NANOS;
		int head = 0;
		int levelEnd = 1;
		int deadlocked = -1;
		Chunk pending = null;
		int chunks = 0;
		while (true) {
			// while one chunk's new states are added here, the pool starts on the next; this thread
			// joins it after
			Chunk running = null;
			if (head < levelEnd) {
				int states = insertion.chunkStates(Math.min(levelEnd - head, CHUNK));
				if (states < 0) {
					return bounded(insertion.memoryBound(), head);
				}
				// while the arena may still move, nothing reads it as states are added
				ExecutorService helpers = pending == null || store.readableWhileAdding() ? pool : null;
				running = new Chunk(chunks++, head, head + states).start(spare, helpers, options.threads(), deadline);
				head += states;
			}
			if (pending != null) {
				Insertion.Stop stop = insertion.insert(pending);
				spare.giveBack(pending.expansions);
				pending = null;
				if (stop != null) {
					return stopped(stop);
				}
			}
			if (running == null) {
				if (store.size() == levelEnd) {
					break;
				}
				depth++;
				levelEnd = store.size();
				continue;
			}
			running.join();
			transitions += running.transitions();
			if (store.claims()) {
				store.claimed(running.claimedNew());
			}
			if (deadlocked < 0) {
				deadlocked = running.deadlocked();
			}
			if (running.timedOut()) {
				return bounded("--time-limit " + options.timeLimitNanos() / 1_000_000 + " ms reached", running.from);
			}
			pending = running;
			long now = System.nanoTime();
			if (now >= nextProgress) {
				options.progress().report(store.size(), store.size() - head, depth, now - started);
				nextProgress = now + PROGRESS_NANOS;
			}
		}
		if (options.deadlocks() && deadlocked >= 0) {
			return deadlock(deadlocked);
		}
		return result(ExplorationResult.Verdict.HOLDS, List.of(), List.of(), null, null, false);
	}

	private ExplorationResult stopped(Insertion.Stop stop) {
		if (stop.bound() != null) {
			return bounded(stop.bound(), stop.expanded());
		}
		depth = depthOf(stop.parent()) + 1;
		return violated(stop.parent(), stop.badKey());
	}

	private int depthOf(int id) {
		int d = 0;
		for (int at = id; store.parent(at) >= 0; at = store.parent(at)) {
			d++;
		}
		return d;
	}

	private ExplorationResult violated(int parent, long[] badKey) {
		List<long[]> path = Traces.pathTo(store, parent);
		if (badKey != null) {
			path.add(badKey);
		}
		Traces.Concrete concrete = Traces.concretize(automaton, encoding, options.pages(), path);
		return result(ExplorationResult.Verdict.VIOLATED, concrete.broken(), concrete.steps,
				concrete.describe(concrete.badPage()), null, false);
	}

	private ExplorationResult deadlock(int state) {
		List<long[]> path = Traces.pathTo(store, state);
		Traces.Concrete concrete = Traces.concretize(automaton, encoding, options.pages(), path);
		depth = Math.max(depth, concrete.steps.size());
		return result(ExplorationResult.Verdict.VIOLATED, List.of(), concrete.steps, concrete.describe(-1), null, true);
	}

	private ExplorationResult bounded(String why, int expanded) {
		long stored = store == null ? 0 : store.size();
		String message = String.format(java.util.Locale.ROOT,
				"%s: %,d states stored, depth %d, %,d states not yet expanded; the search is incomplete", why, stored, depth,
				Math.max(0, stored - expanded));
		return result(ExplorationResult.Verdict.BOUNDED, List.of(), List.of(), null, message, false);
	}

	private ExplorationResult result(ExplorationResult.Verdict verdict, List<String> broken, List<TraceStep> trace,
			String finalPage, String bound, boolean deadlock) {
		long elapsed = System.nanoTime() - started;
		ExplorationResult.Verdict effective = verdict;
		String effectiveBound = bound;
		String boundHit = automaton == null ? null
				: automaton.boundHit() != null ? automaton.boundHit() : watch.message(automaton);
		if (verdict == ExplorationResult.Verdict.HOLDS && boundHit != null) {
			effective = ExplorationResult.Verdict.BOUNDED;
			effectiveBound = boundHit + (automaton.hasGlobal() ? "" : ": declare 'max' on the counter, or explore with "
					+ "a larger counter bound") + "; the search is incomplete";
		}
		List<String> stuck = new ArrayList<>();
		if (options.deadlocks() && automaton != null && !automaton.hasGlobal()) {
			for (int id = 0; id < automaton.size(); id++) {
				if (automaton.successorTargets(id).length == 0) {
					stuck.add(system.describe(0, new long[] { automaton.value(id) }, -1).replaceFirst("^page 0: ", ""));
				}
			}
		}
		long states = store == null ? 0 : store.size();
		double unreduced = store == null ? 0
				: OrbitCounter.unreducedStates(store, encoding, options.pages(), symmetry, automaton);
		ExplorationResult.Statistics statistics = new ExplorationResult.Statistics(options.pages(),
				options.familyMembers(), options.symmetry(), states, unreduced, transitions, depth,
				automaton == null ? 0 : automaton.size(), encoding == null ? 0 : encoding.bits(),
				store == null ? 0 : store.bytes(), elapsed, system.membersText(),
				automaton == null ? 0 : automaton.globalCount());
		return new ExplorationResult(system.name(), effective, broken, trace, finalPage, effectiveBound, deadlock,
				stuck, statistics, List.copyOf(notes), system.actors());
	}
}
