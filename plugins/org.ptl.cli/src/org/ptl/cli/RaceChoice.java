package org.ptl.cli;

import org.ptl.sim.race.RaceOptions;

/**
 * How the command line chooses the interleavings of concurrent blocks: {@code all} (every one, the
 * default), {@code first} (one: each time the lowest CPU that can go), or a number N of interleavings
 * drawn at random from the seed; plus partial-order reduction and the state bound.
 */
final class RaceChoice {

	private RaceChoice() {
	}

	/** The options the text asks for; null when it is none of all, first or a positive number. */
	static RaceOptions parse(String interleavings, long seed, boolean reduction, long maxStates) {
		RaceOptions options = RaceOptions.parse(interleavings, seed);
		if (options == null) {
			return null;
		}
		if (!reduction) {
			options = options.withoutReduction();
		}
		if (maxStates > 0) {
			options = options.withMaxStates((int) Math.min(Integer.MAX_VALUE, maxStates));
		}
		return options;
	}
}
