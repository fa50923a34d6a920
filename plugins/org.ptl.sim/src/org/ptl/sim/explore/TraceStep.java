package org.ptl.sim.explore;

import java.util.List;

/**
 * One step of a counterexample, as a scenario would write it ({@code host share page 0 with hyp},
 * {@code store(1, 0, 2)}), with what it changed.
 *
 * @param text       the step as a scenario step
 * @param transition the transition's name, or the action's (with its step: {@code sync.protect})
 * @param page       the page, or -1 for an action on no page
 * @param initiator  the initiating instance, or the actor
 * @param completer  the completing instance, or null
 * @param changes    each state, counter, variable or field the step changed
 * @param actor      who took the step: the initiator, a protocol's actor ({@code vcpu[1]}, {@code host})
 */
public record TraceStep(String text, String transition, int page, String initiator, String completer,
		List<Change> changes, String actor) {

	/** A step of an ownership transition: its initiator is the actor. */
	public TraceStep(String text, String transition, int page, String initiator, String completer,
			List<Change> changes) {
		this(text, transition, page, initiator, completer, changes, initiator);
	}

	/**
	 * A state, counter, variable or field before and after a step.
	 *
	 * @param subject an instance (host, guest[1]), a counter, or a variable ({@code seg[1, 0].protect})
	 * @param before  the state or count before
	 * @param after   the state or count after
	 */
	public record Change(String subject, String before, String after) {

		@Override
		public String toString() {
			return subject + " " + before + " -> " + after;
		}
	}
}
