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

	/** A protocol variable or field that changed ("seg[1].protect"): no page of its own. */
	public static StateChange ofVariable(String name, String before, String after) {
		return new StateChange(name, false, -1, before, after);
	}

	/** "state host page 3", "counter pins page 3", or a protocol variable as it is named. */
	public String subject() {
		return page < 0 ? owner : (counter ? "counter " : "state ") + owner + " page " + page;
	}
}
