package org.ptl.sim.explore;

import java.util.ArrayList;
import java.util.List;

import org.ptl.model.Component;
import org.ptl.model.Invariant;
import org.ptl.model.Transition;

/**
 * An ownership model as the explorer's {@link PagedSystem}: pages only, no global value; a page
 * rule is a transition instantiated for an initiator and a completer ({@link PageModel}); every
 * invariant looks at one page; symmetry exchanges the members of each component family.
 */
final class OwnershipPages implements PagedSystem {

	/** Families with more member permutations than this are not reduced (the canonical form would cost too much). */
	static final int MAX_MEMBER_PERMUTATIONS = 720;

	private final PageModel model;
	private final long[] scratch = new long[1];

	OwnershipPages(PageModel model) {
		this.model = model;
	}

	PageModel model() {
		return model;
	}

	@Override
	public String name() {
		return model.model().getName();
	}

	@Override
	public long initialGlobal() {
		return 0;
	}

	@Override
	public long initialPage() {
		return model.initialPage();
	}

	@Override
	public int pageRules() {
		return model.rules().size();
	}

	@Override
	public Outcome followPage(int rule, long global, long page, long[] next) {
		PageModel.Outcome outcome = model.follow(page, model.rules().get(rule), scratch);
		next[0] = 0;
		next[1] = scratch[0];
		return switch (outcome) {
		case ENABLED -> Outcome.ENABLED;
		case DISABLED -> Outcome.DISABLED;
		case PAST_DEFAULT_BOUND -> Outcome.PAST_BOUND;
		};
	}

	@Override
	public int globalRules() {
		return 0;
	}

	@Override
	public Outcome followGlobal(int rule, long global, long[] next) {
		throw new IndexOutOfBoundsException("an ownership model has no global rule");
	}

	@Override
	public Outcome followBroadcast(int rule, long global, long page, long[] next) {
		throw new IndexOutOfBoundsException("an ownership model has no global rule");
	}

	@Override
	public boolean globalGuard(int rule, long global, Pages pages) {
		throw new IndexOutOfBoundsException("an ownership model has no global rule");
	}

	@Override
	public String pastBound(int rule, boolean global, long globalValue, long page) {
		return "transition '" + model.rules().get(rule).transition().getName() + "' takes a counter past the "
				+ "bound the explorer gives counters without 'max' (" + model.defaultCounterBounds() + ")";
	}

	@Override
	public List<String> invariants() {
		return model.model().getInvariants().stream().map(Invariant::getName).toList();
	}

	@Override
	public List<String> brokenByPage(long global, long page) {
		return model.broken(page).stream().map(Invariant::getName).toList();
	}

	@Override
	public List<String> brokenByGlobal(long global) {
		return List.of();
	}

	@Override
	public boolean hasStateInvariants() {
		return false;
	}

	@Override
	public List<String> brokenByState(long global, Pages pages) {
		return List.of();
	}

	/** Every permutation of the instances that only exchanges members of one family, identity excluded. */
	@Override
	public List<int[]> memberPermutations() {
		List<List<Integer>> families = new ArrayList<>();
		Component current = null;
		for (int i = 0; i < model.instances().size(); i++) {
			PageModel.Instance instance = model.instances().get(i);
			if (instance.member() == 0) {
				continue;
			}
			if (instance.component() != current) {
				families.add(new ArrayList<>());
				current = instance.component();
			}
			families.get(families.size() - 1).add(i);
		}
		return MemberPermutations.of(model.instances().size(), families, MAX_MEMBER_PERMUTATIONS);
	}

	@Override
	public long permuteGlobal(long global, int[] permutation) {
		return global;
	}

	@Override
	public long permutePage(long page, int[] permutation) {
		return model.permuted(page, permutation);
	}

	@Override
	public TraceStep step(int rule, boolean global, int page, long globalBefore, long[] pagesBefore, long globalAfter,
			long[] pagesAfter) {
		PageModel.Rule instantiated = model.rules().get(rule);
		long before = pagesBefore[page];
		long after = pagesAfter[page];
		String initiator = model.instances().get(instantiated.initiator()).name();
		String completer = instantiated.completer() < 0 ? null : model.instances().get(instantiated.completer()).name();
		Transition transition = instantiated.transition();
		String text = initiator + " " + transition.getName() + " page " + page
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
				changes.add(new TraceStep.Change(model.counters().get(c).getName(), Long.toString(model.counter(before, c)),
						Long.toString(model.counter(after, c))));
			}
		}
		return new TraceStep(text, transition.getName(), page, initiator, completer, changes);
	}

	@Override
	public String describe(long global, long[] pages, int page) {
		if (page >= 0) {
			return "page " + page + ": " + model.describe(pages[page]);
		}
		List<String> all = new ArrayList<>();
		for (int p = 0; p < pages.length; p++) {
			all.add("page " + p + ": " + model.describe(pages[p]));
		}
		return String.join("; ", all);
	}

	@Override
	public List<String> notes() {
		List<String> notes = new ArrayList<>();
		model.defaultCounterBounds().forEach((counter, bound) -> notes.add("counter '" + counter
				+ "' declares no max: explored up to " + bound));
		return notes;
	}
}
