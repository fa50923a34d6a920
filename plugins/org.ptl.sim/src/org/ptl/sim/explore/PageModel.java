package org.ptl.sim.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.Component;
import org.ptl.model.Counter;
import org.ptl.model.CounterUpdate;
import org.ptl.model.Guard;
import org.ptl.model.Invariant;
import org.ptl.model.OwnershipModel;
import org.ptl.model.State;
import org.ptl.model.Transition;
import org.ptl.model.TransitionSide;
import org.ptl.sim.own.OwnershipView;
import org.ptl.sim.own.PredicateEvaluator;

/**
 * An ownership model as the explorer runs it: its component instances (each family with a fixed
 * number of members), the state of each instance and every counter of one page packed into one
 * 64-bit page value, and its transitions instantiated for every pair of instances that may play
 * their roles. Everything a transition looks at and changes belongs to one page (pKVM's locks
 * cover a page's states and counters together), so a page value and a rule are all it takes to
 * compute the next page value; the same {@link PredicateEvaluator} as the simulator's decides
 * guards and invariants.
 */
public final class PageModel {

	/** The bound of a counter that declares no 'max', unless the explorer is told otherwise. */
	public static final int DEFAULT_COUNTER_MAX = 3;

	/**
	 * One component instance: host, or a member of a family such as guest[2].
	 *
	 * @param name      as steps name it: host, guest[2]
	 * @param component its component
	 * @param member    1 to K for a family member, 0 otherwise
	 */
	public record Instance(String name, Component component, int member) {
	}

	/**
	 * A transition instantiated for an initiator and a completer.
	 *
	 * @param transition the transition
	 * @param initiator  the initiating instance
	 * @param completer  the completing instance, or -1 when the transition has none
	 */
	public record Rule(Transition transition, int initiator, int completer) {
	}

	/** What following a rule from a page value gives. */
	enum Outcome {
		ENABLED, DISABLED, PAST_DEFAULT_BOUND
	}

	private final OwnershipModel model;
	private final List<Instance> instances = new ArrayList<>();
	private final Map<Component, List<Integer>> instancesOf = new HashMap<>();
	private final PageLayout layout;
	private final List<Rule> rules = new ArrayList<>();
	private final long initialPage;

	private PageModel(OwnershipModel model, java.util.function.ToIntFunction<String> familyMembers,
			int defaultCounterMax) {
		this.model = model;
		for (Component component : model.getComponents()) {
			List<Integer> own = new ArrayList<>();
			int members = component.isFamily() ? familyMembers.applyAsInt(component.getName()) : 1;
			for (int member = 1; member <= members; member++) {
				own.add(instances.size());
				instances.add(new Instance(component.isFamily() ? component.getName() + "[" + member + "]"
						: component.getName(), component, component.isFamily() ? member : 0));
			}
			instancesOf.put(component, own);
		}
		this.layout = new PageLayout(model, instances.size(), defaultCounterMax);
		long initial = 0;
		for (int i = 0; i < instances.size(); i++) {
			State start = initialState(instances.get(i).component());
			if (start == null) {
				throw new IllegalArgumentException("component '" + instances.get(i).component().getName()
						+ "' of '" + model.getName() + "' has no initial state");
			}
			initial = withState(initial, i, start);
		}
		this.initialPage = initial;
		for (Transition transition : model.getTransitions()) {
			for (int initiator : players(transition.getInitiator())) {
				if (transition.getCompleter() == null) {
					rules.add(new Rule(transition, initiator, -1));
					continue;
				}
				for (int completer : players(transition.getCompleter())) {
					if (completer != initiator) {
						rules.add(new Rule(transition, initiator, completer));
					}
				}
			}
		}
	}

	/** The model with each family given the members the function says for its name. */
	public static PageModel compile(OwnershipModel model, java.util.function.ToIntFunction<String> familyMembers,
			int defaultCounterMax) {
		for (Component component : model.getComponents()) {
			int members = familyMembers.applyAsInt(component.getName());
			if (component.isFamily() && members < 1) {
				throw new IllegalArgumentException("family '" + component.getName() + "' has at least 1 member, not "
						+ members);
			}
		}
		return new PageModel(model, familyMembers, defaultCounterMax);
	}

	private State initialState(Component component) {
		return component.getInitialState() != null ? component.getInitialState() : model.getInitialState();
	}

	private List<Integer> players(TransitionSide side) {
		if (side.getComponents().isEmpty()) {
			List<Integer> all = new ArrayList<>();
			for (int i = 0; i < instances.size(); i++) {
				all.add(i);
			}
			return all;
		}
		List<Integer> players = new ArrayList<>();
		side.getComponents().forEach(component -> players.addAll(instancesOf.getOrDefault(component, List.of())));
		return players;
	}

	public OwnershipModel model() {
		return model;
	}

	public List<Instance> instances() {
		return instances;
	}

	public List<Rule> rules() {
		return rules;
	}

	public long initialPage() {
		return initialPage;
	}

	public int pageBits() {
		return layout.pageBits();
	}

	/** The counters that declare no 'max' and the bound the explorer gives them instead. */
	public Map<String, Long> defaultCounterBounds() {
		return layout.defaultCounterBounds();
	}

	public State state(long page, int instance) {
		return layout.state(page, instance);
	}

	public long counter(long page, int counter) {
		return layout.counter(page, counter);
	}

	public List<Counter> counters() {
		return layout.counters();
	}

	private long withState(long page, int instance, State state) {
		return layout.withState(page, instance, state);
	}

	/** The page value with the instances' states permuted: instance i's state goes to permutation[i]. */
	long permuted(long page, int[] permutation) {
		long result = page;
		for (int i = 0; i < instances.size(); i++) {
			result = withState(result, permutation[i], state(page, i));
		}
		return result;
	}

	/**
	 * Follows a rule from a page value: whether it is enabled (both sides in their 'from' states,
	 * every guard holds, every counter stays within its bound), and the next value into next[0].
	 */
	Outcome follow(long page, Rule rule, long[] next) {
		Transition transition = rule.transition();
		if (state(page, rule.initiator()) != transition.getInitiator().getFrom()) {
			return Outcome.DISABLED;
		}
		if (rule.completer() >= 0 && state(page, rule.completer()) != transition.getCompleter().getFrom()) {
			return Outcome.DISABLED;
		}
		Map<Component, Integer> roles = new HashMap<>();
		roles.put(instances.get(rule.initiator()).component(), rule.initiator());
		if (rule.completer() >= 0) {
			roles.putIfAbsent(instances.get(rule.completer()).component(), rule.completer());
		}
		PageView view = new PageView(page);
		for (Guard guard : transition.getGuards()) {
			if (!PredicateEvaluator.holds(guard.getPredicate(), view, roles)) {
				return Outcome.DISABLED;
			}
		}
		long result = page;
		for (CounterUpdate update : transition.getUpdates()) {
			int c = layout.counters().indexOf(update.getCounter());
			long value = counter(result, c);
			long after = switch (update.getOperator()) {
			case ADD -> value + update.getValue();
			case SUBTRACT -> value - update.getValue();
			case ASSIGN -> update.getValue();
			};
			if (after < 0) {
				return Outcome.DISABLED;
			}
			if (after > layout.max(c)) {
				// past a declared max the transition fails, as the simulator refuses it; past the
				// explorer's own bound the search would be incomplete, which it must say
				return layout.maxDeclared(c) ? Outcome.DISABLED : Outcome.PAST_DEFAULT_BOUND;
			}
			result = layout.withCounter(result, c, after);
		}
		result = withState(result, rule.initiator(), transition.getInitiator().getTo());
		if (rule.completer() >= 0) {
			result = withState(result, rule.completer(), transition.getCompleter().getTo());
		}
		next[0] = result;
		return Outcome.ENABLED;
	}

	/** The invariants the page value breaks, in declaration order. */
	List<Invariant> broken(long page) {
		List<Invariant> broken = new ArrayList<>();
		PageView view = new PageView(page);
		for (Invariant invariant : model.getInvariants()) {
			if (!PredicateEvaluator.holds(invariant.getPredicate(), view, Map.of())) {
				broken.add(invariant);
			}
		}
		return broken;
	}

	/** "host OWNED, hyp NOPAGE, guest[1] NOPAGE, pins 0". */
	public String describe(long page) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < instances.size(); i++) {
			parts.add(instances.get(i).name() + " " + state(page, i).getName());
		}
		for (int c = 0; c < counters().size(); c++) {
			parts.add(counters().get(c).getName() + " " + counter(page, c));
		}
		return String.join(", ", parts);
	}

	/** A page value as predicates see it. */
	private final class PageView implements OwnershipView<Integer> {

		private final long page;

		PageView(long page) {
			this.page = page;
		}

		@Override
		public List<Integer> instances() {
			List<Integer> all = new ArrayList<>();
			for (int i = 0; i < PageModel.this.instances.size(); i++) {
				all.add(i);
			}
			return all;
		}

		@Override
		public List<Integer> instancesOf(Component component) {
			return instancesOf.getOrDefault(component, List.of());
		}

		@Override
		public State state(Integer instance) {
			return PageModel.this.state(page, instance);
		}

		@Override
		public long counter(Counter counter) {
			return PageModel.this.counter(page, counters().indexOf(counter));
		}
	}
}
