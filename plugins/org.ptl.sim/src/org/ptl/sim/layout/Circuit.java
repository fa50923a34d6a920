package org.ptl.sim.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Boolean circuit in conjunctive normal form (Tseitin's encoding), as a SAT solver reads it:
 * literals are non-zero ints, -x is not x, variable 1 is the constant true. Gates fold constants
 * and repeat nothing (a gate of the same inputs is the same variable), so a layout computed for
 * one class of inputs, where most values are constants, stays small.
 */
public final class Circuit {

	public static final int TRUE = 1;
	public static final int FALSE = -1;

	private int variables = 1;
	private final List<int[]> clauses = new ArrayList<>(List.of(new int[] { TRUE }));
	private final Map<Long, Integer> ands = new HashMap<>();
	private final Map<Long, Integer> xors = new HashMap<>();

	public int variables() {
		return variables;
	}

	public List<int[]> clauses() {
		return clauses;
	}

	public int fresh() {
		return ++variables;
	}

	int and(int a, int b) {
		if (a == FALSE || b == FALSE || a == -b) {
			return FALSE;
		}
		if (a == TRUE || a == b) {
			return b;
		}
		if (b == TRUE) {
			return a;
		}
		long key = key(Math.min(a, b), Math.max(a, b));
		Integer known = ands.get(key);
		if (known != null) {
			return known;
		}
		int gate = fresh();
		clauses.add(new int[] { -gate, a });
		clauses.add(new int[] { -gate, b });
		clauses.add(new int[] { gate, -a, -b });
		ands.put(key, gate);
		return gate;
	}

	int or(int a, int b) {
		return -and(-a, -b);
	}

	int xor(int a, int b) {
		if (a == FALSE) {
			return b;
		}
		if (b == FALSE) {
			return a;
		}
		if (a == TRUE) {
			return -b;
		}
		if (b == TRUE) {
			return -a;
		}
		if (a == b) {
			return FALSE;
		}
		if (a == -b) {
			return TRUE;
		}
		// xor(-a, b) = -xor(a, b): one gate for the four sign combinations
		boolean negated = (a < 0) != (b < 0);
		int x = Math.abs(a);
		int y = Math.abs(b);
		long key = key(Math.min(x, y), Math.max(x, y));
		Integer known = xors.get(key);
		int gate;
		if (known != null) {
			gate = known;
		} else {
			gate = fresh();
			clauses.add(new int[] { -gate, x, y });
			clauses.add(new int[] { -gate, -x, -y });
			clauses.add(new int[] { gate, -x, y });
			clauses.add(new int[] { gate, x, -y });
			xors.put(key, gate);
		}
		return negated ? -gate : gate;
	}

	/** condition ? whenTrue : whenFalse. */
	int choose(int condition, int whenTrue, int whenFalse) {
		if (condition == TRUE || whenTrue == whenFalse) {
			return whenTrue;
		}
		if (condition == FALSE) {
			return whenFalse;
		}
		return or(and(condition, whenTrue), and(-condition, whenFalse));
	}

	private static long key(int a, int b) {
		return ((long) a << 32) ^ (b & 0xffffffffL);
	}
}
