package org.ptl.sim.explore;

import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Where the search met a rule that would take a counter past its bound, seen from every thread:
 * the search goes on without that step and its verdict then says it is incomplete, naming the
 * first such place (the smallest, so that the message does not depend on the threads' timing).
 */
final class BoundWatch {

	/**
	 * A place: a page rule at a pair of values, or a global rule (pair -1) at a global number.
	 *
	 * @param global whether the rule is a global rule
	 * @param rule   the rule
	 * @param g      the global number
	 * @param v      the page number (page rules)
	 */
	record Place(boolean global, int rule, int g, int v) implements Comparable<Place> {
		@Override
		public int compareTo(Place other) {
			int c = Boolean.compare(global, other.global);
			c = c != 0 ? c : Integer.compare(rule, other.rule);
			c = c != 0 ? c : Integer.compare(g, other.g);
			return c != 0 ? c : Integer.compare(v, other.v);
		}
	}

	private final ConcurrentSkipListSet<Place> places = new ConcurrentSkipListSet<>();

	void hit(Place place) {
		if (places.size() < 64) {
			places.add(place);
		}
	}

	/** Why the search is incomplete, or null when no rule went past a bound. */
	String message(PageAutomaton automaton) {
		if (places.isEmpty()) {
			return null;
		}
		Place first = places.first();
		long global = automaton.global(first.g());
		long page = first.global() ? 0 : automaton.value(first.v());
		return automaton.system().pastBound(first.rule(), first.global(), global, page);
	}
}
