package org.ptl.sim.trace;

/**
 * What a step changed of a page's ownership: a component's state, or a per-page counter of the
 * model (pKVM's pin count).
 *
 * @param owner  the component instance (host, guest[1]), or the counter's name
 * @param counter true for a counter, false for a state
 * @param page   the page
 * @param before the state or count before the step
 * @param after  the state or count after it
 */
public record StateChange(String owner, boolean counter, int page, String before, String after) {

	/** "state host page 3" or "counter pins page 3". */
	public String subject() {
		return (counter ? "counter " : "state ") + owner + " page " + page;
	}
}
