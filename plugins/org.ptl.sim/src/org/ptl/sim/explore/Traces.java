package org.ptl.sim.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Counterexamples as a user reads them: the stored path of canonical states from the initial one,
 * followed with real states and turned into steps (which rule, on which page, by whom, and what
 * each changed), and the invariants the last state breaks.
 */
final class Traces {

	private Traces() {
	}

	/** The packed canonical states from the initial one to the given one. */
	static List<long[]> pathTo(StateStore store, int id) {
		List<long[]> path = new ArrayList<>();
		for (int at = id; at >= 0; at = store.parent(at)) {
			long[] key = new long[store.words()];
			store.read(at, key, 0);
			path.add(0, key);
		}
		return path;
	}

	/**
	 * Follows a path of canonical states with real states: from the initial state, at each step the
	 * first rule whose result has the next canonical form (symmetry guarantees one has).
	 */
	static Concrete concretize(PageAutomaton automaton, StateEncoding encoding, int pages, List<long[]> path) {
		Concrete concrete = new Concrete(automaton, pages);
		StateEncoding local = encoding.copy();
		int[] candidate = new int[concrete.ids.length];
		long[] packed = new long[encoding.words()];
		for (int k = 1; k < path.size(); k++) {
			long[] wanted = path.get(k);
			if (!pageStep(automaton, local, concrete, candidate, packed, wanted)
					&& !globalStep(automaton, local, concrete, candidate, packed, wanted)) {
				throw new IllegalStateException("no step leads to the next state of the trace");
			}
		}
		return concrete;
	}

	private static boolean pageStep(PageAutomaton automaton, StateEncoding local, Concrete concrete, int[] candidate,
			long[] packed, long[] wanted) {
		int g = concrete.global();
		for (int p = 0; p < concrete.pages; p++) {
			int pair = automaton.pair(g, concrete.ids[p]);
			int[] rules = automaton.successorRules(pair);
			int[] globals = automaton.successorGlobals(pair);
			int[] targets = automaton.successorTargets(pair);
			for (int s = 0; s < targets.length; s++) {
				System.arraycopy(concrete.ids, 0, candidate, 0, candidate.length);
				candidate[p] = targets[s];
				if (concrete.hasGlobal()) {
					candidate[concrete.pages] = globals[s];
				}
				local.encode(candidate, packed, 0);
				if (Arrays.equals(packed, wanted)) {
					concrete.step(rules[s], false, p, candidate);
					return true;
				}
			}
		}
		return false;
	}

	private static boolean globalStep(PageAutomaton automaton, StateEncoding local, Concrete concrete, int[] candidate,
			long[] packed, long[] wanted) {
		PagedSystem system = automaton.system();
		int g = concrete.global();
		for (int r = 0; r < system.globalRules(); r++) {
			int target = automaton.globalTarget(r, g);
			if (target < 0 || !system.globalGuard(r, automaton.global(g), concrete.view())) {
				continue;
			}
			boolean fits = true;
			for (int p = 0; p < concrete.pages && fits; p++) {
				candidate[p] = automaton.broadcast(r, automaton.pair(g, concrete.ids[p]));
				fits = candidate[p] >= 0;
			}
			if (!fits) {
				continue;
			}
			candidate[concrete.pages] = target;
			local.encode(candidate, packed, 0);
			if (Arrays.equals(packed, wanted)) {
				concrete.step(r, true, -1, candidate);
				return true;
			}
		}
		return false;
	}

	/** A real trace: its steps so far and the state it is in. */
	static final class Concrete {

		final PageAutomaton automaton;
		final int pages;
		/** Page numbers, then the global number when the system has one. */
		final int[] ids;
		final List<TraceStep> steps = new ArrayList<>();
		int lastPage = -1;

		Concrete(PageAutomaton automaton, int pages) {
			this.automaton = automaton;
			this.pages = pages;
			this.ids = new int[pages + (automaton.hasGlobal() ? 1 : 0)];
		}

		boolean hasGlobal() {
			return ids.length > pages;
		}

		int global() {
			return hasGlobal() ? ids[pages] : 0;
		}

		long[] pageValues() {
			long[] values = new long[pages];
			for (int p = 0; p < pages; p++) {
				values[p] = automaton.value(ids[p]);
			}
			return values;
		}

		PagedSystem.Pages view() {
			long[] values = pageValues();
			return PagedSystem.Pages.of(values);
		}

		void step(int rule, boolean global, int page, int[] next) {
			long globalBefore = automaton.global(global());
			long[] before = pageValues();
			System.arraycopy(next, 0, ids, 0, ids.length);
			steps.add(automaton.system().step(rule, global, page, globalBefore, before, automaton.global(global()),
					pageValues()));
			lastPage = page;
		}

		/** The invariants the state breaks, in declaration order. */
		List<String> broken() {
			PagedSystem system = automaton.system();
			long global = automaton.global(global());
			Set<String> broken = new LinkedHashSet<>(system.brokenByGlobal(global));
			for (int p = 0; p < pages; p++) {
				broken.addAll(system.brokenByPage(global, automaton.value(ids[p])));
			}
			broken.addAll(system.brokenByState(global, view()));
			return system.invariants().stream().filter(broken::contains).toList();
		}

		/** The page that breaks an invariant (the last one a step changed, if it does), or -1. */
		int badPage() {
			long global = automaton.global(global());
			if (lastPage >= 0 && !automaton.system().brokenByPage(global, automaton.value(ids[lastPage])).isEmpty()) {
				return lastPage;
			}
			for (int p = 0; p < pages; p++) {
				if (!automaton.system().brokenByPage(global, automaton.value(ids[p])).isEmpty()) {
					return p;
				}
			}
			return lastPage >= 0 ? lastPage : hasGlobal() ? -1 : 0;
		}

		String describe(int page) {
			return automaton.system().describe(automaton.global(global()), pageValues(), page);
		}
	}
}
