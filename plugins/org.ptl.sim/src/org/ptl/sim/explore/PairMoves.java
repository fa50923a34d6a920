package org.ptl.sim.explore;

/**
 * The page rules of a {@link PageAutomaton} laid out for the explorer's fast path with a global
 * value ({@link GlobalWords}): for every pair, its moves one after another in flat arrays (no array
 * per pair to follow), each as the change of the page number, the global number it leads to, and
 * whether the pair it leads to breaks an invariant. Moves that change nothing (a write to a page
 * already written, a third of the s390 model's) are only counted: they lead to the state itself.
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
	}
}
