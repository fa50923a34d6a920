package org.ptl.sim.explore;

import java.util.List;

/**
 * What the explorer explores, whatever the model: N interchangeable pages, each holding a page
 * value, beside one global value, both packed into a long. Page rules change one page (and maybe
 * the global value) and read only that page and the global value; global rules change the global
 * value and may change every page alike, after a guard that may ask how many pages satisfy
 * something. Ownership models have page rules only and no global value; protocol models have both.
 * Every rule and invariant is a function of packed values, so the explorer can number the values
 * it meets, tabulate the page rules once per pair of values, and keep states as small vectors of
 * numbers.
 */
public interface PagedSystem {

	/** What following a rule gives. */
	enum Outcome {
		ENABLED, DISABLED,
		/** Enabled, but it would take a counter past its bound: the search cannot go on exactly. */
		PAST_BOUND
	}

	/** The pages of a state, as a global rule's guard and the invariants read them. */
	interface Pages {
		int count();

		long value(int page);

		/** The pages an array holds; it reads the array as it is when asked, not a copy. */
		static Pages of(long[] values) {
			return new Pages() {
				@Override
				public int count() {
					return values.length;
				}

				@Override
				public long value(int page) {
					return values[page];
				}
			};
		}
	}

	String name();

	long initialGlobal();

	long initialPage();

	/** Page rules; rule numbers are positions in this list. */
	int pageRules();

	/** Follows page rule r: next[0] becomes the global value, next[1] the page value. */
	Outcome followPage(int rule, long global, long page, long[] next);

	int globalRules();

	/** The global value after global rule r, as far as the global value decides it (its guard's page part aside). */
	Outcome followGlobal(int rule, long global, long[] next);

	/** A page's value after global rule r (its for-each updates), under the global value before it. */
	Outcome followBroadcast(int rule, long global, long page, long[] next);

	/** Whether global rule r's guard holds in the state, its page quantifiers included. */
	boolean globalGuard(int rule, long global, Pages pages);

	/**
	 * Whether global rule r's guard reads the pages at all; when it does not, {@link #followGlobal}
	 * has decided it already and the explorer does not ask {@link #globalGuard}.
	 */
	default boolean globalGuardReadsPages(int rule) {
		return true;
	}

	/** Why following a rule from these values goes past a bound (called after PAST_BOUND). */
	String pastBound(int rule, boolean global, long globalValue, long page);

	/** The invariants, by name. */
	List<String> invariants();

	/** The invariants broken by a page value under a global value, those that look at one page at a time. */
	List<String> brokenByPage(long global, long page);

	/** The invariants broken by the global value alone. */
	List<String> brokenByGlobal(long global);

	/** Whether some invariant needs the whole state ({@link #brokenByState}). */
	boolean hasStateInvariants();

	/** The invariants that need the whole state and are broken in it. */
	List<String> brokenByState(long global, Pages pages);

	/**
	 * The permutations of family members that symmetry may apply (each a map of member slots,
	 * identity excluded), or null when there are too many; empty when there are no families.
	 */
	List<int[]> memberPermutations();

	long permuteGlobal(long global, int[] permutation);

	long permutePage(long page, int[] permutation);

	/** Page values a family member permutation would not reduce, or null: why member symmetry is off. */
	default String symmetryNote() {
		return null;
	}

	/** One step of a counterexample: a page rule on a page (or -1 for a global rule) and its effect. */
	TraceStep step(int rule, boolean global, int page, long globalBefore, long[] pagesBefore, long globalAfter,
			long[] pagesAfter);

	/** The whole state, for a user ("page 0: host OWNED, ..."); the page given first when there is one. */
	String describe(long global, long[] pages, int page);

	/** The actors, for a counterexample shown as a column per actor (empty for ownership models). */
	default List<String> actors() {
		return List.of();
	}

	/** The members of each family ("gmap=2, vcpu=2"), where families are named; null for ownership models. */
	default String membersText() {
		return null;
	}

	/** Notes the search should pass on to the user (counters given a default bound, ...). */
	default List<String> notes() {
		return List.of();
	}
}
