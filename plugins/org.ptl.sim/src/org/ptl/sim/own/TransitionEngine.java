package org.ptl.sim.own;

import java.util.HashMap;
import java.util.Map;

import org.ptl.model.Component;
import org.ptl.model.CounterUpdate;
import org.ptl.model.Guard;
import org.ptl.model.State;
import org.ptl.model.Transition;
import org.ptl.model.TransitionSide;
import org.ptl.sim.Errno;

/**
 * Performs ownership transitions as pKVM does (mem_protect.c): every precondition of both sides
 * (states, guards, counter bounds) is checked first and a failure returns its error with nothing
 * changed; only then are the counters updated and each side's store and table changed. A failure
 * while applying is reported as such (the kernel would WARN: its updates cannot fail after checks).
 */
public final class TransitionEngine {

	/**
	 * What a transition did.
	 *
	 * @param result 0 or a negative errno
	 * @param reason why it failed, for people
	 * @param checked false when a precondition failed (nothing changed)
	 */
	public record Outcome(int result, String reason, boolean checked) {

		static Outcome ok() {
			return new Outcome(0, "", true);
		}

		static Outcome refused(int errno, String reason) {
			return new Outcome(errno, reason, false);
		}
	}

	private final OwnershipSystem system;
	private final StateEffects effects;

	TransitionEngine(OwnershipSystem system) {
		this.system = system;
		this.effects = new StateEffects(system);
	}

	Outcome perform(Transition transition, ComponentInstance initiator, ComponentInstance completer, int page) {
		if (page < 0 || page >= system.pages()) {
			return Outcome.refused(-Errno.ERANGE, "page " + page + " is outside the " + system.pages() + " pages of memory");
		}
		String roles = checkRoles(transition, initiator, completer);
		if (roles != null) {
			return Outcome.refused(-Errno.EINVAL, roles);
		}
		String mismatch = checkState(initiator, transition.getInitiator(), page, "initiator");
		if (mismatch == null && completer != null) {
			mismatch = checkState(completer, transition.getCompleter(), page, "completer");
		}
		if (mismatch != null) {
			return Outcome.refused(-Errno.EPERM, mismatch);
		}
		Map<Component, ComponentInstance> bound = new HashMap<>();
		bound.put(initiator.component(), initiator);
		if (completer != null) {
			bound.putIfAbsent(completer.component(), completer);
		}
		for (Guard guard : transition.getGuards()) {
			if (!system.predicates().holds(guard.getPredicate(), page, bound)) {
				int errno = guard.getErrno() == null ? -Errno.EPERM : -Errno.number(guard.getErrno()).orElse(Errno.EPERM);
				return Outcome.refused(errno, "a guard of '" + transition.getName() + "' does not hold");
			}
		}
		for (CounterUpdate update : transition.getUpdates()) {
			long after = updated(update, system.counter(update.getCounter(), page));
			if (after < 0 || update.getCounter().isSetMax() && after > update.getCounter().getMax()) {
				return Outcome.refused(after < 0 ? -Errno.EINVAL : -Errno.EOVERFLOW, "counter '"
						+ update.getCounter().getName() + "' would become " + after);
			}
		}
		for (CounterUpdate update : transition.getUpdates()) {
			system.setCounter(update.getCounter(), page, updated(update, system.counter(update.getCounter(), page)));
		}
		int result = effects.apply(initiator, transition.getInitiator(), page, completer, transition.getCompleter());
		if (result == 0 && completer != null) {
			result = effects.apply(completer, transition.getCompleter(), page, initiator, transition.getInitiator());
		}
		return result == 0 ? Outcome.ok()
				: new Outcome(result, "changing a table failed after the checks passed (the kernel would WARN)", true);
	}

	private static long updated(CounterUpdate update, long value) {
		return switch (update.getOperator()) {
		case ADD -> value + update.getValue();
		case SUBTRACT -> value - update.getValue();
		case ASSIGN -> update.getValue();
		};
	}

	private static String checkRoles(Transition transition, ComponentInstance initiator, ComponentInstance completer) {
		if (!plays(transition.getInitiator(), initiator)) {
			return "component '" + initiator.component().getName() + "' cannot initiate '" + transition.getName() + "'";
		}
		if (transition.getCompleter() == null && completer != null) {
			return "'" + transition.getName() + "' has no completer";
		}
		if (transition.getCompleter() != null) {
			if (completer == null) {
				return "'" + transition.getName() + "' needs a completer ('with <component>')";
			}
			if (completer == initiator) {
				return "a component cannot complete its own transition";
			}
			if (!plays(transition.getCompleter(), completer)) {
				return "component '" + completer.component().getName() + "' cannot complete '" + transition.getName() + "'";
			}
		}
		return null;
	}

	private static boolean plays(TransitionSide side, ComponentInstance instance) {
		return side.getComponents().isEmpty() || side.getComponents().contains(instance.component());
	}

	private String checkState(ComponentInstance instance, TransitionSide side, int page, String role) {
		State state = system.state(instance, page);
		if (state == side.getFrom()) {
			return null;
		}
		return role + " " + instance.name() + " is " + (state == null ? "in no known state" : state.getName())
				+ " for page " + page + ", not " + side.getFrom().getName();
	}
}
