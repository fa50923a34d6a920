package org.ptl.sim.explore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.Counter;
import org.ptl.model.OwnershipModel;
import org.ptl.model.State;

/**
 * How one page's ownership packs into a 64-bit page value: the state of each component instance in
 * a field of its own, then every counter in as many bits as its bound needs (its declared 'max', or
 * the explorer's bound for counters without one). A page that needs more than 62 bits is refused.
 */
final class PageLayout {

	private final List<State> states;
	private final int stateBits;
	private final List<Counter> counters;
	private final long[] counterMax;
	private final boolean[] counterMaxDeclared;
	private final int[] counterShift;
	private final int[] counterBits;
	private final int pageBits;

	PageLayout(OwnershipModel model, int instances, int defaultCounterMax) {
		this.states = model.getStates();
		this.stateBits = StateEncoding.bitsFor(states.size());
		this.counters = model.getCounters();
		this.counterMax = new long[counters.size()];
		this.counterMaxDeclared = new boolean[counters.size()];
		this.counterShift = new int[counters.size()];
		this.counterBits = new int[counters.size()];
		int shift = instances * stateBits;
		for (int c = 0; c < counters.size(); c++) {
			Counter counter = counters.get(c);
			counterMaxDeclared[c] = counter.isSetMax();
			counterMax[c] = counter.isSetMax() ? counter.getMax() : defaultCounterMax;
			counterBits[c] = StateEncoding.bitsFor(counterMax[c] + 1);
			counterShift[c] = shift;
			shift += counterBits[c];
		}
		this.pageBits = shift;
		if (pageBits > 62) {
			throw new IllegalArgumentException("a page of '" + model.getName() + "' needs " + pageBits + " bits ("
					+ instances + " instances of " + stateBits + " bits, and its counters); "
					+ "the explorer packs a page into 62: explore fewer family members");
		}
	}

	int pageBits() {
		return pageBits;
	}

	List<Counter> counters() {
		return counters;
	}

	State state(long page, int instance) {
		return states.get((int) ((page >>> (instance * stateBits)) & ((1L << stateBits) - 1)));
	}

	long withState(long page, int instance, State state) {
		long mask = ((1L << stateBits) - 1) << (instance * stateBits);
		return (page & ~mask) | ((long) states.indexOf(state) << (instance * stateBits));
	}

	long counter(long page, int counter) {
		return (page >>> counterShift[counter]) & ((1L << counterBits[counter]) - 1);
	}

	long withCounter(long page, int counter, long value) {
		long mask = ((1L << counterBits[counter]) - 1) << counterShift[counter];
		return (page & ~mask) | (value << counterShift[counter]);
	}

	/** The bound of a counter: its 'max', or the explorer's own. */
	long max(int counter) {
		return counterMax[counter];
	}

	boolean maxDeclared(int counter) {
		return counterMaxDeclared[counter];
	}

	/** The counters that declare no 'max' and the bound the explorer gives them instead. */
	Map<String, Long> defaultCounterBounds() {
		Map<String, Long> bounds = new LinkedHashMap<>();
		for (int c = 0; c < counters.size(); c++) {
			if (!counterMaxDeclared[c]) {
				bounds.put(counters.get(c).getName(), counterMax[c]);
			}
		}
		return bounds;
	}
}
