package org.ptl.sim.protocol;

import java.util.ArrayList;
import java.util.List;

import org.ptl.sim.explore.TraceStep;

/**
 * A protocol run step by step, as a scenario drives it: the state (the global word, a word per
 * page), and one atomic step at a time of an action instance given by its members, at the step
 * its program counter is at. A step that is not enabled, or would go past a bound, changes nothing
 * and says why.
 */
final class ProtocolRun {

	/** What a step did: null problem when it was taken, with the changes it made. */
	record Outcome(String problem, List<TraceStep.Change> changes) {
	}

	private final ProtocolSystem system;
	private long global;
	private final long[] pages;
	private final Frame frame;
	private final Writes writes = new Writes();
	private final long[] broadcast;

	ProtocolRun(ProtocolSystem system, int pageCount, int parameters) {
		this.system = system;
		this.global = system.initialGlobal();
		this.pages = new long[pageCount];
		java.util.Arrays.fill(pages, system.initialPage());
		this.broadcast = new long[pageCount];
		this.frame = new Frame(parameters);
	}

	long global() {
		return global;
	}

	long[] pages() {
		return pages;
	}

	/** A frame over the whole state, for expectations. */
	Frame frame() {
		frame.global = global;
		frame.pages = pages.clone();
		frame.pageCount = pages.length;
		return frame;
	}

	/** The rule of this action instance at the step its program counter is at, or null. */
	ProtocolRule rule(org.ptl.model.Action action, int[] arguments) {
		for (boolean onNoPage : new boolean[] { false, true }) {
			for (ProtocolRule rule : system.rules(onNoPage)) {
				if (rule.action == action && sameMembers(rule, arguments) && atStep(rule, arguments)) {
					return rule;
				}
			}
		}
		return null;
	}

	private static boolean sameMembers(ProtocolRule rule, int[] arguments) {
		for (int i = 0; i < arguments.length; i++) {
			boolean page = rule.action.getParameters().get(i).getFamily() != null
					&& rule.action.getParameters().get(i).getFamily().isPages();
			if (!page && rule.members[i] != arguments[i]) {
				return false;
			}
		}
		return true;
	}

	private boolean atStep(ProtocolRule rule, int[] arguments) {
		if (rule.step == null) {
			return true;
		}
		bind(rule, arguments);
		return rule.atStep(frame);
	}

	/** Puts the whole state and the rule's members, its page at its own number, in the frame. */
	private void bind(ProtocolRule rule, int[] arguments) {
		frame();
		rule.bind(frame);
		rule.bindPage(frame, pageOf(rule, arguments));
	}

	private static int pageOf(ProtocolRule rule, int[] arguments) {
		for (int i = 0; i < arguments.length; i++) {
			if (rule.action.getParameters().get(i).getFamily() != null
					&& rule.action.getParameters().get(i).getFamily().isPages()) {
				return arguments[i];
			}
		}
		return -1;
	}

	boolean enabled(ProtocolRule rule, int[] arguments) {
		bind(rule, arguments);
		return rule.enabled(frame);
	}

	/** Takes the step, if it is enabled and stays within every bound. */
	Outcome take(ProtocolRule rule, int[] arguments) {
		if (!enabled(rule, arguments)) {
			return new Outcome("not enabled: a guard is false here", List.of());
		}
		writes.clear();
		rule.collect(frame, writes);
		if (!rule.onPage) {
			for (int p = 0; p < pages.length && writes.pastBound == null; p++) {
				Frame one = new Frame(frame.env.length).onePage(global, pages[p]);
				rule.bind(one);
				Writes each = new Writes();
				rule.collectEach(one, each);
				writes.pastBound = each.pastBound;
				broadcast[p] = each.page(0, pages[p]);
			}
		}
		if (writes.pastBound != null) {
			return new Outcome(writes.pastBound, List.of());
		}
		long before = global;
		long[] old = pages.clone();
		global = writes.global(global);
		for (int p = 0; p < pages.length; p++) {
			pages[p] = rule.onPage ? writes.page(p, pages[p]) : writes.page(p, broadcast[p]);
		}
		List<TraceStep.Change> changes = new ArrayList<>();
		system.text().changes(before, global, -1, changes);
		for (int p = 0; p < pages.length; p++) {
			system.text().changes(old[p], pages[p], p, changes);
		}
		return new Outcome(null, changes);
	}
}
