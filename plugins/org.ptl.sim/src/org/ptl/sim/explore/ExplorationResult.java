package org.ptl.sim.explore;

import java.util.List;

/**
 * What exploring an ownership or protocol model found: the verdict; for a broken invariant, the invariants
 * broken, the shortest trace to them and the page as it is then; for a bound, which bound and how
 * far the search got; optional deadlock and stuck-page reports; statistics; and notes on what was
 * not reduced or bounded by default.
 *
 * @param model       the model's name
 * @param verdict     whether every invariant holds in every reachable state
 * @param broken      the invariants the last state of the trace breaks (empty unless VIOLATED)
 * @param trace       the shortest trace to a state that breaks them, or to the first deadlock
 * @param finalPage   the page the trace ends on, described, and its number
 * @param bound       which bound stopped the search and how far it got (null unless BOUNDED)
 * @param deadlock    whether the trace leads to a deadlock (no transition enabled) rather than a violation
 * @param stuckPages  page values that no transition leaves (reported with deadlocks)
 * @param statistics  what the search did
 * @param notes       what the reader should know about how the search ran
 * @param actors      a protocol's actors (one column each when a trace is shown per actor); empty for ownership models
 */
public record ExplorationResult(String model, Verdict verdict, List<String> broken, List<TraceStep> trace,
		String finalPage, String bound, boolean deadlock, List<String> stuckPages, Statistics statistics,
		List<String> notes, List<String> actors) {

	public enum Verdict {
		/** Every invariant holds in every reachable state (and, if asked, nothing deadlocks). */
		HOLDS,
		/** An invariant is broken, or a deadlock was asked for and found. */
		VIOLATED,
		/** A bound stopped the search before it could tell. */
		BOUNDED
	}

	/**
	 * What the search did.
	 *
	 * @param pages            pages explored
	 * @param familyMembers    members of each family
	 * @param symmetry         whether it reduced by symmetry
	 * @param states           states stored (canonical ones with symmetry)
	 * @param unreducedStates  the states those stand for without symmetry (equal to states without it)
	 * @param transitions      transitions followed
	 * @param depth            the deepest breadth-first level reached
	 * @param pageValues       values one page can reach
	 * @param stateBits        bits of a packed state
	 * @param bytes            heap the stored states take
	 * @param elapsedNanos     wall time of the search
	 * @param members          each named family's members ("gmap=2, vcpu=2"), or null when familyMembers says it
	 * @param globalValues     global values the model can reach (1 without global variables)
	 */
	public record Statistics(int pages, int familyMembers, boolean symmetry, long states, double unreducedStates,
			long transitions, int depth, int pageValues, int stateBits, long bytes, long elapsedNanos, String members,
			int globalValues) {

		public double statesPerSecond() {
			return elapsedNanos == 0 ? 0 : states * 1e9 / elapsedNanos;
		}

		public double bytesPerState() {
			return states == 0 ? 0 : (double) bytes / states;
		}

		/** The share of states symmetry spared the search, 0 without it. */
		public double symmetrySaving() {
			return unreducedStates <= 0 ? 0 : 1 - states / unreducedStates;
		}
	}
}
