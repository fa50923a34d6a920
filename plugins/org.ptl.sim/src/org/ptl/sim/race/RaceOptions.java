package org.ptl.sim.race;

/**
 * How to run a concurrent block: every interleaving (with or without partial-order reduction), the
 * first one only (each time the lowest CPU that can go), or a number of pseudo-random ones drawn from
 * a seed; and the most states an exhaustive search may keep before it stops and says so.
 *
 * @param mode      all, first or sampled
 * @param samples   for SAMPLED, how many interleavings
 * @param seed      for SAMPLED, the seed of the choices
 * @param reduction partial-order reduction (sleep sets) in an exhaustive search
 * @param maxStates the bound on states of an exhaustive search
 */
public record RaceOptions(Mode mode, int samples, long seed, boolean reduction, int maxStates) {

	/** Which interleavings to run. */
	public enum Mode {
		ALL, FIRST, SAMPLED
	}

	public static final RaceOptions EXHAUSTIVE = new RaceOptions(Mode.ALL, 0, 0, true, 2_000_000);

	public static RaceOptions first() {
		return new RaceOptions(Mode.FIRST, 1, 0, true, 2_000_000);
	}

	public static RaceOptions sampled(int count, long seed) {
		return new RaceOptions(Mode.SAMPLED, count, seed, true, 2_000_000);
	}

	public RaceOptions withoutReduction() {
		return new RaceOptions(mode, samples, seed, false, maxStates);
	}

	public RaceOptions withMaxStates(int states) {
		return new RaceOptions(mode, samples, seed, reduction, states);
	}

	/**
	 * The options a text asks for, as {@code ptl simulate --interleavings} and launch configurations
	 * take it: {@code all}, {@code first}, or a positive number of interleavings drawn from the seed;
	 * null for anything else.
	 */
	public static RaceOptions parse(String interleavings, long seed) {
		if ("all".equals(interleavings)) {
			return EXHAUSTIVE;
		}
		if ("first".equals(interleavings)) {
			return first();
		}
		try {
			int count = Integer.parseInt(interleavings);
			return count < 1 ? null : sampled(count, seed);
		} catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
