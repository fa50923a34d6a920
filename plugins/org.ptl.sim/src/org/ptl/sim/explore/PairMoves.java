package org.ptl.sim.explore;

/**
 * The page rules of a {@link PageAutomaton} laid out for the explorer's fast path with a global
 * value ({@link GlobalWords}): for every pair, its moves one after another in flat arrays (no array
 * per pair to follow), each as the change of the page number, the global number it leads to, and
 * whether the pair it leads to breaks an invariant. Moves that change nothing (a write to a page
 * already written, a third of the s390 model's) are only counted: they lead to the state itself.
 * For the global rules, whether each leaves every page as it is at a global value (most do: they
 * change the global value only), and, with at most 64 page values, the page values that break an
 * invariant under each global value as a mask, so that a state is checked without a table read per
 * page.
 */
final class PairMoves {

	/** The moves of pair p are [start[p], start[p + 1]). */
	final int[] start;
	/** The moves of each pair that lead back to it. */
	final int[] selfMoves;
	/** Target page number minus the pair's. */
	final int[] pageDelta;
	/** The global number after the move. */
	final int[] globalTo;
	/** Whether the pair after a move that keeps the global number breaks an invariant. */
	final boolean[] targetBreaks;
	/** Whether global rule r at global number g leaves every page value as it is: [r][g]. */
	final boolean[][] keepsPages;
	/** Per global number, bit v set when page value v breaks an invariant there; null past 64 values. */
	final long[] breakingValues;

	PairMoves(PageAutomaton automaton) {
		int values = automaton.size();
		int pairs = automaton.globalCount() * values;
		start = new int[pairs + 1];
		selfMoves = new int[pairs];
		int moves = 0;
		for (int pair = 0; pair < pairs; pair++) {
			int[] targets = automaton.successorTargets(pair);
			int[] globals = automaton.successorGlobals(pair);
			for (int k = 0; k < targets.length; k++) {
				if (targets[k] == pair % values && globals[k] == pair / values) {
					selfMoves[pair]++;
				} else {
					moves++;
				}
			}
		}
		pageDelta = new int[moves];
		globalTo = new int[moves];
		targetBreaks = new boolean[moves];
		int at = 0;
		for (int pair = 0; pair < pairs; pair++) {
			start[pair] = at;
			int g = pair / values;
			int value = pair % values;
			int[] targets = automaton.successorTargets(pair);
			int[] globals = automaton.successorGlobals(pair);
			for (int k = 0; k < targets.length; k++) {
				if (targets[k] == value && globals[k] == g) {
					continue;
				}
				pageDelta[at] = targets[k] - value;
				globalTo[at] = globals[k];
				targetBreaks[at] = automaton.breaks(automaton.pair(globals[k], targets[k]));
				at++;
			}
		}
		start[pairs] = at;
		int globalValues = automaton.globalCount();
		keepsPages = new boolean[automaton.system().globalRules()][globalValues];
		for (int r = 0; r < keepsPages.length; r++) {
			for (int g = 0; g < globalValues; g++) {
				keepsPages[r][g] = keepsPages(automaton, r, g);
			}
		}
		breakingValues = values > 64 ? null : new long[globalValues];
		for (int g = 0; breakingValues != null && g < globalValues; g++) {
			for (int value = 0; value < values; value++) {
				if (automaton.breaks(automaton.pair(g, value))) {
					breakingValues[g] |= 1L << value;
				}
			}
		}
	}

	private static boolean keepsPages(PageAutomaton automaton, int rule, int g) {
		if (automaton.globalTarget(rule, g) < 0) {
			return false;
		}
		for (int value = 0; value < automaton.size(); value++) {
			if (automaton.broadcast(rule, automaton.pair(g, value)) != value) {
				return false;
			}
		}
		return true;
	}
}
