package org.ptl.sim.protocol;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.ptl.model.Action;
import org.ptl.model.ActionStep;
import org.ptl.model.Family;
import org.ptl.model.FamilyParameter;
import org.ptl.model.FamilyQuantified;
import org.ptl.model.Guard;
import org.ptl.model.ProtocolUpdate;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.VariableAccess;

/**
 * One atomic step of one action instance: the action (and its step, for a multi-step action) with
 * a member for each parameter. A rule on a page reads and writes that page and the global word; a
 * rule on no page reads the global word, may ask about every page in its guard and may update every
 * page alike. Its guard is the program counter at this step (multi-step actions) and every
 * 'requires'; its updates move the counter on.
 */
final class ProtocolRule {

	final Action action;
	final ActionStep step;
	final int stepIndex;
	final int[] members;
	final boolean onPage;
	final String actor;
	final String call;
	/** Whether some guard reads a page (then only the whole state decides it). */
	final boolean guardReadsPages;
	private final int[] slots;
	private final TermCompiler.Cond guard;
	private final TermCompiler.Cond globalGuard;
	private final UpdateCompiler.Compiled updates;
	private final Counter counter;

	ProtocolRule(Action action, int stepIndex, int[] members, TermCompiler terms) {
		this.action = action;
		this.stepIndex = stepIndex;
		this.step = stepIndex < 0 ? null : action.getSteps().get(stepIndex);
		this.members = members;
		Family pages = terms.layout().pages();
		this.onPage = action.getParameters().stream().anyMatch(parameter -> parameter.getFamily() == pages);
		this.slots = action.getParameters().stream().mapToInt(terms.parameters()::slot).toArray();
		List<Guard> guards = step == null ? action.getGuards() : step.getGuards();
		List<ProtocolUpdate> own = step == null ? action.getUpdates() : step.getUpdates();
		if (onPage) {
			checkOnePage(terms, guards, own);
		}
		this.counter = action.getSteps().isEmpty() ? null : new Counter(terms.layout(), action, stepIndex, slots);
		TermCompiler.Cond all = frame -> true;
		TermCompiler.Cond global = frame -> true;
		boolean readsPages = false;
		for (Guard requirement : guards) {
			TermCompiler.Cond condition = terms.condition(requirement.getPredicate());
			TermCompiler.Cond before = all;
			all = frame -> before.test(frame) && condition.test(frame);
			if (!readsPages(terms.layout(), requirement)) {
				TermCompiler.Cond beforeGlobal = global;
				global = frame -> beforeGlobal.test(frame) && condition.test(frame);
			} else {
				readsPages = true;
			}
		}
		this.guardReadsPages = readsPages;
		this.guard = all;
		this.globalGuard = global;
		this.updates = new UpdateCompiler(terms, action).compile(own);
		this.actor = actorText(action, members);
		this.call = callText(action, step, members);
	}

	/** An action on a page may read only that page: no quantifier or loop over the pages. */
	private void checkOnePage(TermCompiler terms, List<Guard> guards, List<ProtocolUpdate> own) {
		List<EObject> parts = new ArrayList<>(guards);
		parts.addAll(own);
		for (EObject part : parts) {
			for (FamilyQuantified quantified : Contents.all(part, FamilyQuantified.class)) {
				if (quantified.getParameter().getFamily() == terms.layout().pages()) {
					throw new IllegalArgumentException("action '" + action.getName() + "' works on one page but asks "
							+ "about every page; the explorer needs an action on a page to read only that page");
				}
			}
		}
	}

	/** Whether a guard reads a page's variables (or quantifies over the pages). */
	static boolean readsPages(ProtocolLayout layout, EObject part) {
		for (VariableAccess access : Contents.all(part, VariableAccess.class)) {
			if (access.getTarget() instanceof ProtocolVariable variable && layout.slots(variable).page()) {
				return true;
			}
		}
		for (FamilyQuantified quantified : Contents.all(part, FamilyQuantified.class)) {
			if (quantified.getParameter().getFamily() == layout.pages()) {
				return true;
			}
		}
		return false;
	}

	/** Puts the rule's members into the frame (its page, if any, at position 0 of the pages in view). */
	void bind(Frame frame) {
		for (int i = 0; i < slots.length; i++) {
			frame.env[slots[i]] = members[i];
		}
	}

	/** Puts a page number for the rule's page parameter into the frame (a frame over every page). */
	void bindPage(Frame frame, int page) {
		for (int i = 0; i < slots.length; i++) {
			if (action.getParameters().get(i).getFamily() != null && action.getParameters().get(i).getFamily().isPages()) {
				frame.env[slots[i]] = page;
			}
		}
	}

	/** Whether the action instance's program counter is at this rule's step. */
	boolean atStep(Frame frame) {
		return counter == null || counter.at(frame);
	}

	boolean enabled(Frame frame) {
		return (counter == null || counter.at(frame)) && guard.test(frame);
	}

	/** The guard as far as the global word decides it (the parts that read no page). */
	boolean enabledGlobally(Frame frame) {
		return (counter == null || counter.at(frame)) && globalGuard.test(frame);
	}

	void collect(Frame frame, Writes writes) {
		for (UpdateCompiler.Update update : updates.updates()) {
			update.collect(frame, writes);
		}
		if (counter != null) {
			counter.advance(frame, writes);
		}
	}

	/** The updates of one page in view at position 0 (a rule on no page that updates every page). */
	void collectEach(Frame frame, Writes writes) {
		if (updates.eachSlot() < 0) {
			return;
		}
		frame.env[updates.eachSlot()] = 0;
		for (UpdateCompiler.Update update : updates.each()) {
			update.collect(frame, writes);
		}
	}

	private static String actorText(Action action, int[] members) {
		if (action.getActor() == null) {
			return "nobody";
		}
		Family family = action.getActor().getFamily();
		if (family == null) {
			return action.getActor().getName();
		}
		for (int i = 0; i < action.getParameters().size(); i++) {
			if (action.getParameters().get(i).getFamily() == family) {
				return action.getActor().getName() + "[" + members[i] + "]";
			}
		}
		return action.getActor().getName();
	}

	private static String callText(Action action, ActionStep step, int[] members) {
		List<String> arguments = new ArrayList<>();
		for (int i = 0; i < members.length; i++) {
			FamilyParameter parameter = action.getParameters().get(i);
			arguments.add(parameter.getFamily() != null && parameter.getFamily().isPages() ? "page" : Integer.toString(members[i]));
		}
		return action.getName() + (step == null ? "" : "." + step.getName()) + "(" + String.join(", ", arguments) + ")";
	}

	/** The call for a page: page parameters replaced by the page's number. */
	String call(int page) {
		return call.replace("page", Integer.toString(page));
	}

	/** The program counters of a multi-step action's instances. */
	private static final class Counter {

		private final ProtocolLayout.Slots slots;
		private final int step;
		private final int steps;
		private final int[] parameterSlots;
		private final boolean[] pageParameter;
		private final int[] members;

		Counter(ProtocolLayout layout, Action action, int step, int[] parameterSlots) {
			this.slots = layout.counter(action);
			this.step = step;
			this.steps = action.getSteps().size();
			this.parameterSlots = parameterSlots;
			this.pageParameter = new boolean[parameterSlots.length];
			for (int i = 0; i < parameterSlots.length; i++) {
				pageParameter[i] = action.getParameters().get(i).getFamily() == layout.pages();
			}
			this.members = new int[slots.families().size()];
		}

		private int bit(Frame frame) {
			int at = 0;
			for (int i = 0; i < parameterSlots.length; i++) {
				if (!pageParameter[i]) {
					members[at++] = frame.env[parameterSlots[i]];
				}
			}
			return slots.bit(members);
		}

		private int page(Frame frame) {
			for (int i = 0; i < parameterSlots.length; i++) {
				if (pageParameter[i]) {
					return frame.env[parameterSlots[i]];
				}
			}
			return -1;
		}

		boolean at(Frame frame) {
			int page = page(frame);
			long word = page < 0 ? frame.global : frame.pages[page];
			return ProtocolLayout.get(word, bit(frame), slots.width()) == step;
		}

		void advance(Frame frame, Writes writes) {
			writes.add(page(frame), bit(frame), slots.width(), step + 1 == steps ? 0 : step + 1);
		}
	}
}
