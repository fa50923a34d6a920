package org.ptl.sim.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ptl.model.Invariant;
import org.ptl.model.OwnershipModel;

/**
 * Explores every state an ownership model can reach, breadth first, and checks its invariants in
 * each: the verdict is that they hold everywhere, or the shortest trace to a state that breaks one,
 * or the bound that stopped the search. States are packed into words ({@link StateEncoding}: a page
 * value per page, or with symmetry the multiset of page values) and stored without objects
 * ({@link StateStore}); successors come from the page automaton, without evaluating a guard.
 *
 * <p>The queue is processed in chunks. Threads expand the states of a chunk and look their
 * successors up in the store (which nothing changes meanwhile), keeping in order those not found;
 * then one thread adds them in that order. So the result, state numbers and traces included, is the
 * same whatever the number of threads.
 */
public final class Explorer {

	/** A page may reach at most this many values (the automaton is built before the search). */
	public static final int MAX_PAGE_VALUES = 1 << 22;

	private static final int CHUNK = 1 << 14;
	private static final int PARALLEL_MIN = 1 << 11;
	private static final int INSERT_BATCH = 64;
	private static final long PROGRESS_NANOS = 500_000_000L;

	private final OwnershipModel model;
	private final ExplorationOptions options;
	private final List<String> notes = new ArrayList<>();

	private PageAutomaton automaton;
	private Symmetry symmetry;
	private StateEncoding encoding;
	private StateStore store;
	private long transitions;
	private int depth;
	private long started;
	private volatile boolean timeUp;
	/** The sum of the words read ahead of lookups, kept only so that those reads stay. */
	private long touched;

	private Explorer(OwnershipModel model, ExplorationOptions options) {
		this.model = model;
		this.options = options;
	}

	public static ExplorationResult explore(OwnershipModel model, ExplorationOptions options) {
		if (options.pages() < 1) {
			throw new IllegalArgumentException("explore at least 1 page, not " + options.pages());
		}
		return new Explorer(model, options).run();
	}

	private ExplorationResult run() {
		started = System.nanoTime();
		PageModel pages = PageModel.compile(model, options.familyMembers(), options.counterBound());
		try {
			automaton = PageAutomaton.build(pages, MAX_PAGE_VALUES);
		} catch (PageAutomaton.BoundReached bound) {
			return bounded(bound.getMessage() + " (the explorer handles at most " + MAX_PAGE_VALUES + ")", 0);
		}
		symmetry = options.symmetry() ? Symmetry.of(automaton, options.pages()) : Symmetry.none(automaton, options.pages());
		if (symmetry.note() != null) {
			notes.add(symmetry.note());
		}
		pages.defaultCounterBounds().forEach((counter, bound) -> notes.add("counter '" + counter
				+ "' declares no max: explored up to " + bound));
		encoding = StateEncoding.choose(automaton, options.pages(), symmetry);
		store = new StateStore(encoding.words(), encoding.bits());
		ExecutorService pool = options.threads() > 1 ? Executors.newFixedThreadPool(options.threads(), runnable -> {
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
		int[] initial = new int[options.pages()];
		long[] key = new long[encoding.words()];
		encoding.encode(initial, key, 0);
		store.add(key, 0, StateStore.hash(key, 0, key.length), -1);
		if (automaton.breaks(0)) {
			return violated(0, null);
		}
		long deadline = options.timeLimitNanos() > 0 ? started + options.timeLimitNanos() : Long.MAX_VALUE;
		long nextProgress = started + PROGRESS_NANOS;
		int head = 0;
		int levelEnd = 1;
		int deadlocked = -1;
		Chunk pending = null;
		while (true) {
			// while one chunk's new states are added here, the pool expands the next
			Chunk running = null;
			if (head < levelEnd) {
				int end = Math.min(levelEnd, head + CHUNK);
				boolean overlap = pool != null && pending != null && store.readableWhileAdding();
				running = new Chunk(head, end).start(pool, deadline, overlap);
				head = end;
			}
			if (pending != null) {
				ExplorationResult stopped = insert(pending);
				pending = null;
				if (stopped != null) {
					return stopped;
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
			if (deadlocked < 0) {
				deadlocked = running.deadlocked();
			}
			if (timeUp) {
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

	/**
	 * Adds the new states an expanded chunk found, in order; the result when a violation or a bound
	 * stops the search, else null.
	 */
	private ExplorationResult insert(Chunk chunk) {
		long maxMemory = options.effectiveMaxMemory();
		int words = encoding.words();
		for (Expansion expansion : chunk.expansions) {
			for (int c = 0; c < expansion.count; c++) {
				if ((c & (INSERT_BATCH - 1)) == 0) {
					touched += store.touch(expansion.hashes, c, Math.min(INSERT_BATCH, expansion.count - c));
				}
				int offset = c * words;
				if (expansion.violating[c]) {
					depth = depthOf(expansion.parents[c]) + 1;
					return violated(expansion.parents[c], Arrays.copyOfRange(expansion.keys, offset, offset + words));
				}
				if (options.maxStates() > 0 && store.size() >= options.maxStates()) {
					return bounded("--max-states " + options.maxStates() + " reached", chunk.end);
				}
				if (store.growsOnNextAdd() && store.bytesAfterGrowth() > maxMemory) {
					return bounded("--max-memory " + maxMemory + " bytes reached (the stored states take "
							+ store.bytes() + " and would need " + store.bytesAfterGrowth() + " to grow)", chunk.end);
				}
				store.add(expansion.keys, offset, expansion.hashes[c], expansion.parents[c]);
			}
		}
		return null;
	}

	private int depthOf(int id) {
		int d = 0;
		for (int at = id; store.parent(at) >= 0; at = store.parent(at)) {
			d++;
		}
		return d;
	}

	/** A chunk of the queue, expanded in parts, in several threads when there are enough states. */
	private final class Chunk {

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
		Chunk start(ExecutorService pool, long deadline, boolean overlap) {
			int count = end - from;
			int parts = pool == null || count < PARALLEL_MIN ? 1 : options.threads();
			int step = (count + parts - 1) / parts;
			int first = overlap ? 0 : 1;
			for (int part = first; part < parts; part++) {
				int partFrom = from + part * step;
				int partTo = Math.min(end, partFrom + step);
				if (partFrom < partTo) {
					Expansion expansion = new Expansion(Explorer.this, encoding.copy(), partFrom, partTo, deadline);
					futures.add(pool.submit(expansion::run));
				}
			}
			if (!overlap) {
				expansions.add(new Expansion(Explorer.this, encoding, from, Math.min(end, from + step), deadline).run());
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
				} catch (java.util.concurrent.ExecutionException failed) {
					throw new IllegalStateException("a thread of the explorer failed", failed.getCause());
				}
			}
			futures.clear();
		}

		long transitions() {
			return expansions.stream().mapToLong(expansion -> expansion.transitions).sum();
		}

		/** The first state of the chunk without an enabled transition, or -1. */
		int deadlocked() {
			return expansions.stream().mapToInt(expansion -> expansion.deadlocked).filter(id -> id >= 0).findFirst()
					.orElse(-1);
		}
	}

	/**
	 * The expansion of a range of the queue by one thread: the successors not yet stored, in order,
	 * with their parents and hashes, and whether each breaks an invariant. Successors are looked up
	 * in batches: first every batch member's slot is touched, so that the processor fetches those
	 * cache lines at once rather than one miss after another.
	 */
	private static final class Expansion implements StateEncoding.Sink {

		private static final int BATCH = 64;

		private final Explorer explorer;
		private final StateEncoding encoding;
		private final StateStore store;
		private final PageAutomaton automaton;
		private final int words;
		private final int from;
		private final int to;
		private final long deadline;
		private final long[] batchKeys;
		private final int[] batchHashes;
		private final int[] batchParents;
		private final int[] batchTargets;
		private int batched;
		long[] keys;
		/** Open-addressing index of the successors kept: position + 1, 0 for an empty slot. */
		private int[] kept = new int[1 << 10];
		/** The same for states of one word, holding the words themselves. */
		private long[] keptWords = new long[1 << 10];
		int[] hashes;
		int[] parents;
		boolean[] violating;
		int count;
		long transitions;
		int deadlocked = -1;
		long touched;
		private int state;
		private boolean stop;

		Expansion(Explorer explorer, StateEncoding encoding, int from, int to, long deadline) {
			this.explorer = explorer;
			this.encoding = encoding;
			this.store = explorer.store;
			this.automaton = explorer.automaton;
			this.words = encoding.words();
			this.from = from;
			this.to = to;
			this.deadline = deadline;
			batchKeys = new long[BATCH * words];
			batchHashes = new int[BATCH];
			batchParents = new int[BATCH];
			batchTargets = new int[BATCH];
			int capacity = Math.max(16, (to - from) * 2);
			keys = new long[capacity * words];
			hashes = new int[capacity];
			parents = new int[capacity];
			violating = new boolean[capacity];
		}

		Expansion run() {
			if (encoding instanceof StateEncoding.PageVector vector && vector.singleWord()) {
				return runOnWords(vector);
			}
			long[] current = new long[words];
			for (state = from; state < to && !stop; state++) {
				if ((state & 1023) == 0 && System.nanoTime() > deadline) {
					explorer.timeUp = true;
					return this;
				}
				store.read(state, current, 0);
				if (!encoding.successors(current, 0, this) && deadlocked < 0) {
					deadlocked = state;
				}
			}
			flush();
			return this;
		}

		/**
		 * {@link #run()} for states of one word without member symmetry, the common case and the
		 * benchmark's: successors go straight into the batch, with no copying through a sink.
		 */
		private Expansion runOnWords(StateEncoding.PageVector vector) {
			int room = BATCH + vector.maxSuccessors();
			long[] batch = new long[room];
			int[] targets = new int[room];
			int[] froms = new int[room];
			int[] slots = new int[room];
			boolean[] known = new boolean[room];
			int end = 0;
			for (int at = from; at < to && !stop; at++) {
				if ((at & 1023) == 0 && System.nanoTime() > deadline) {
					explorer.timeUp = true;
					return this;
				}
				int next = vector.successors(store.word(at), batch, targets, end);
				if (next < 0) {
					next = -1 - next;
					if (deadlocked < 0) {
						deadlocked = at;
					}
				}
				// the state this one was reached from is stored: no need to look it up (transitions
				// that undo a step are common, share and unshare)
				int parent = store.parent(at);
				long parentWord = parent < 0 ? 0 : store.word(parent);
				for (int k = end; k < next; k++) {
					froms[k] = at;
					known[k] = batch[k] == parentWord;
				}
				end = next;
				if (end >= BATCH) {
					lookUpWords(batch, targets, froms, slots, known, end);
					end = 0;
				}
			}
			lookUpWords(batch, targets, froms, slots, known, end);
			return this;
		}

		private void lookUpWords(long[] batch, int[] targets, int[] froms, int[] hashes, boolean[] known, int count) {
			for (int k = 0; k < count; k++) {
				hashes[k] = StateStore.hash(batch[k]);
			}
			touched += store.touch(hashes, known, count);
			for (int k = 0; k < count && !stop; k++) {
				transitions++;
				boolean breaks = automaton.breaks(targets[k]);
				if (!breaks && (known[k] || store.contains(batch[k], hashes[k]))) {
					continue;
				}
				batchKeys[0] = batch[k];
				keep(0, hashes[k], froms[k], breaks);
				stop = breaks;
			}
		}

		@Override
		public void successor(long[] key, int target) {
			System.arraycopy(key, 0, batchKeys, batched * words, words);
			batchHashes[batched] = StateStore.hash(key, 0, words);
			batchParents[batched] = state;
			batchTargets[batched] = target;
			if (++batched == BATCH) {
				flush();
			}
		}

		private void flush() {
			touched += store.touch(batchHashes, 0, batched);
			for (int b = 0; b < batched && !stop; b++) {
				transitions++;
				int offset = b * words;
				boolean breaks = automaton.breaks(batchTargets[b]);
				if (!breaks && store.contains(batchKeys, offset, batchHashes[b])) {
					continue;
				}
				keep(offset, batchHashes[b], batchParents[b], breaks);
				stop = breaks; // nothing after the first violation matters
			}
			batched = 0;
		}

		/**
		 * Keeps a successor the store does not have, unless this expansion kept it already: a new
		 * state is often reached from several states of a chunk, and dropping the repeats here, in a
		 * small table that stays in cache, spares the single-threaded insertion from them.
		 */
		private void keep(int offset, int hash, int parent, boolean breaks) {
			if (!breaks && keptAlready(offset, hash)) {
				return;
			}
			if (count == hashes.length) {
				int capacity = hashes.length * 2;
				keys = Arrays.copyOf(keys, capacity * words);
				hashes = Arrays.copyOf(hashes, capacity);
				parents = Arrays.copyOf(parents, capacity);
				violating = Arrays.copyOf(violating, capacity);
			}
			System.arraycopy(batchKeys, offset, keys, count * words, words);
			hashes[count] = hash;
			parents[count] = parent;
			violating[count] = breaks;
			count++;
		}

		/** Whether the successor was kept before; if not, it is indexed as the next one kept. */
		private boolean keptAlready(int offset, int hash) {
			if (words == 1) {
				return keptWordAlready(batchKeys[offset], hash);
			}
			if (count * 2 >= kept.length) {
				reindexKept();
			}
			int m = kept.length - 1;
			for (int slot = hash & m;; slot = (slot + 1) & m) {
				int index = kept[slot] - 1;
				if (index < 0) {
					kept[slot] = count + 1;
					return false;
				}
				if (hashes[index] == hash && Arrays.equals(keys, index * words, index * words + words, batchKeys,
						offset, offset + words)) {
					return true;
				}
			}
		}

		/** {@link #keptAlready} for states of one word, kept in the index itself: one place to look. */
		private boolean keptWordAlready(long word, int hash) {
			if (count * 2 >= keptWords.length) {
				keptWords = new long[keptWords.length * 2];
				for (int index = 0; index < count; index++) {
					insertKeptWord(keys[index], hashes[index]);
				}
			}
			int m = keptWords.length - 1;
			for (int slot = hash & m;; slot = (slot + 1) & m) {
				long stored = keptWords[slot];
				if (stored == word) {
					return true;
				}
				if (stored == 0) {
					keptWords[slot] = word;
					return false;
				}
			}
		}

		private void insertKeptWord(long word, int hash) {
			int m = keptWords.length - 1;
			int slot = hash & m;
			while (keptWords[slot] != 0) {
				slot = (slot + 1) & m;
			}
			keptWords[slot] = word;
		}

		private void reindexKept() {
			kept = new int[kept.length * 2];
			int m = kept.length - 1;
			for (int index = 0; index < count; index++) {
				int slot = hashes[index] & m;
				while (kept[slot] != 0) {
					slot = (slot + 1) & m;
				}
				kept[slot] = index + 1;
			}
		}
	}

	private ExplorationResult violated(int parent, long[] badKey) {
		List<long[]> path = pathTo(parent);
		if (badKey != null) {
			path.add(badKey);
		}
		Concrete concrete = concretize(path);
		int badPage = concrete.badPage(automaton);
		List<String> broken = automaton.broken(concrete.ids[badPage]).stream().map(Invariant::getName).toList();
		return result(ExplorationResult.Verdict.VIOLATED, broken, concrete.steps,
				"page " + badPage + ": " + automaton.model().describe(automaton.value(concrete.ids[badPage])), null, false);
	}

	private ExplorationResult deadlock(int state) {
		List<long[]> path = pathTo(state);
		Concrete concrete = concretize(path);
		depth = Math.max(depth, concrete.steps.size());
		List<String> pagesThen = new ArrayList<>();
		for (int p = 0; p < concrete.ids.length; p++) {
			pagesThen.add("page " + p + ": " + automaton.model().describe(automaton.value(concrete.ids[p])));
		}
		return result(ExplorationResult.Verdict.VIOLATED, List.of(), concrete.steps, String.join("; ", pagesThen), null,
				true);
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
		if (verdict == ExplorationResult.Verdict.HOLDS && automaton != null && automaton.defaultBoundHit() != null) {
			effective = ExplorationResult.Verdict.BOUNDED;
			effectiveBound = automaton.defaultBoundHit() + ": declare 'max' on the counter, or explore with a larger "
					+ "counter bound; the search is incomplete";
		}
		List<String> stuck = new ArrayList<>();
		if (options.deadlocks() && automaton != null) {
			for (int id = 0; id < automaton.size(); id++) {
				if (automaton.successorTargets(id).length == 0) {
					stuck.add(automaton.model().describe(automaton.value(id)));
				}
			}
		}
		long states = store == null ? 0 : store.size();
		double unreduced = store == null ? 0
				: OrbitCounter.unreducedStates(store, encoding, options.pages(), symmetry, automaton);
		ExplorationResult.Statistics statistics = new ExplorationResult.Statistics(options.pages(),
				options.familyMembers(), options.symmetry(), states, unreduced, transitions, depth,
				automaton == null ? 0 : automaton.size(), encoding == null ? 0 : encoding.bits(),
				store == null ? 0 : store.bytes(), elapsed);
		return new ExplorationResult(model.getName(), effective, broken, trace, finalPage, effectiveBound, deadlock,
				stuck, statistics, List.copyOf(notes));
	}

	/** The packed canonical states from the initial one to the given one. */
	private List<long[]> pathTo(int id) {
		List<long[]> path = new ArrayList<>();
		for (int at = id; at >= 0; at = store.parent(at)) {
			long[] key = new long[encoding.words()];
			store.read(at, key, 0);
			path.add(0, key);
		}
		return path;
	}

	/**
	 * Follows a path of canonical states with real states: from the initial state, at each step the
	 * first transition whose result has the next canonical form (symmetry guarantees one has).
	 */
	private Concrete concretize(List<long[]> path) {
		Concrete concrete = new Concrete(new int[options.pages()]);
		StateEncoding local = encoding.copy();
		int[] candidate = new int[options.pages()];
		long[] packed = new long[encoding.words()];
		for (int k = 1; k < path.size(); k++) {
			long[] wanted = path.get(k);
			boolean found = false;
			for (int p = 0; p < candidate.length && !found; p++) {
				int[] rules = automaton.successorRules(concrete.ids[p]);
				int[] targets = automaton.successorTargets(concrete.ids[p]);
				for (int s = 0; s < targets.length && !found; s++) {
					System.arraycopy(concrete.ids, 0, candidate, 0, candidate.length);
					candidate[p] = targets[s];
					local.encode(candidate, packed, 0);
					if (Arrays.equals(packed, wanted)) {
						concrete.step(automaton, p, rules[s], targets[s]);
						found = true;
					}
				}
			}
			if (!found) {
				throw new IllegalStateException("no step leads to the next state of the trace");
			}
		}
		return concrete;
	}

	/** A real trace: its steps so far and the state it is in. */
	private static final class Concrete {

		final int[] ids;
		final List<TraceStep> steps = new ArrayList<>();
		int lastPage = -1;

		Concrete(int[] ids) {
			this.ids = ids;
		}

		void step(PageAutomaton automaton, int page, int ruleIndex, int target) {
			PageModel model = automaton.model();
			PageModel.Rule rule = model.rules().get(ruleIndex);
			long before = automaton.value(ids[page]);
			long after = automaton.value(target);
			String initiator = model.instances().get(rule.initiator()).name();
			String completer = rule.completer() < 0 ? null : model.instances().get(rule.completer()).name();
			String text = initiator + " " + rule.transition().getName() + " page " + page
					+ (completer == null ? "" : " with " + completer);
			List<TraceStep.Change> changes = new ArrayList<>();
			for (int i = 0; i < model.instances().size(); i++) {
				if (model.state(before, i) != model.state(after, i)) {
					changes.add(new TraceStep.Change(model.instances().get(i).name(), model.state(before, i).getName(),
							model.state(after, i).getName()));
				}
			}
			for (int c = 0; c < model.counters().size(); c++) {
				if (model.counter(before, c) != model.counter(after, c)) {
					changes.add(new TraceStep.Change(model.counters().get(c).getName(),
							Long.toString(model.counter(before, c)), Long.toString(model.counter(after, c))));
				}
			}
			steps.add(new TraceStep(text, rule.transition().getName(), page, initiator, completer, changes));
			ids[page] = target;
			lastPage = page;
		}

		/** The page that breaks an invariant (the last one a step changed, or 0 for the initial state). */
		int badPage(PageAutomaton automaton) {
			if (lastPage >= 0) {
				return lastPage;
			}
			for (int p = 0; p < ids.length; p++) {
				if (automaton.breaks(ids[p])) {
					return p;
				}
			}
			return 0;
		}
	}
}
