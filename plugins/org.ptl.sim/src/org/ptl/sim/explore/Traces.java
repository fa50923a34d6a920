package org.ptl.sim.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counterexamples as a user reads them: the stored path of canonical states from the initial one,
 * followed with real states and turned into steps (which transition, on which page, between which
 * components, and what each changed).
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
 * first transition whose result has the next canonical form (symmetry guarantees one has).
 */
static Concrete concretize(PageAutomaton automaton, StateEncoding encoding, int pages, List<long[]> path) {
	Concrete concrete = new Concrete(new int[pages]);
	StateEncoding local = encoding.copy();
	int[] candidate = new int[pages];
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
static final class Concrete {

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
