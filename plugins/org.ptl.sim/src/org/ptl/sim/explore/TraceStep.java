package org.ptl.sim.explore;

import java.util.List;

/**
 * One step of a counterexample, as a scenario would write it ({@code host share page 0 with hyp}),
 * with what it changed on its page.
 *
 * @param text       the step as a scenario step
 * @param transition the transition's name
 * @param page       the page
 * @param initiator  the initiating instance
 * @param completer  the completing instance, or null
 * @param changes    each state and counter the step changed
 */
public record TraceStep(String text, String transition, int page, String initiator, String completer,
		List<Change> changes) {

	/**
	 * A state or counter before and after a step.
	 *
	 * @param subject an instance (host, guest[1]) or a counter
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
