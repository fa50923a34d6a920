package org.ptl.sim.layout;

import org.ptl.model.expr.WordAlgebra;

/**
 * PTL's expression algebra as circuits: a 64-bit word is 64 literals of a {@link Circuit}, and
 * every operation is the gate network that computes it bit for bit (ripple-carry adders, barrel
 * shifters, a priority encoder for fls64), with the same results as
 * {@link org.ptl.model.expr.LongAlgebra} for every input, faults included. A SAT solver then
 * decides a property for all inputs at once.
 */
public final class CircuitAlgebra implements WordAlgebra<int[], Integer> {

	private static final int BITS = 64;

	private final Circuit circuit;

	public CircuitAlgebra(Circuit circuit) {
		this.circuit = circuit;
	}

	@Override
	public int[] constant(long value) {
		int[] word = new int[BITS];
		for (int bit = 0; bit < BITS; bit++) {
			word[bit] = (value >>> bit & 1) != 0 ? Circuit.TRUE : Circuit.FALSE;
		}
		return word;
	}

	@Override
	public Integer truth(boolean value) {
		return value ? Circuit.TRUE : Circuit.FALSE;
	}

	@Override
	public boolean isFalse(Integer truth) {
		return truth == Circuit.FALSE;
	}

	@Override
	public int[] and(int[] a, int[] b) {
		int[] result = new int[BITS];
		for (int bit = 0; bit < BITS; bit++) {
			result[bit] = circuit.and(a[bit], b[bit]);
		}
		return result;
	}

	@Override
	public int[] or(int[] a, int[] b) {
		int[] result = new int[BITS];
		for (int bit = 0; bit < BITS; bit++) {
			result[bit] = circuit.or(a[bit], b[bit]);
		}
		return result;
	}

	@Override
	public int[] xor(int[] a, int[] b) {
		int[] result = new int[BITS];
		for (int bit = 0; bit < BITS; bit++) {
			result[bit] = circuit.xor(a[bit], b[bit]);
		}
		return result;
	}

	@Override
	public int[] complement(int[] a) {
		int[] result = new int[BITS];
		for (int bit = 0; bit < BITS; bit++) {
			result[bit] = -a[bit];
		}
		return result;
	}

	/** a + b + carry, with the carry out of bit 63. */
	private Checked<int[], Integer> sum(int[] a, int[] b, int carry) {
		int[] result = new int[BITS];
		for (int bit = 0; bit < BITS; bit++) {
			int half = circuit.xor(a[bit], b[bit]);
			result[bit] = circuit.xor(half, carry);
			carry = circuit.or(circuit.and(a[bit], b[bit]), circuit.and(half, carry));
		}
		return new Checked<>(result, carry);
	}

	@Override
	public Checked<int[], Integer> add(int[] a, int[] b) {
		return sum(a, b, Circuit.FALSE);
	}

	@Override
	public Checked<int[], Integer> subtract(int[] a, int[] b) {
		Checked<int[], Integer> difference = sum(a, complement(b), Circuit.TRUE);
		return new Checked<>(difference.value(), -difference.fault());
	}

	/**
	 * Shift-and-add. The product passes 2^64 exactly when a partial product has a bit at 64 or
	 * above, or when adding the (then exact) partial products carries out of bit 63.
	 */
	@Override
	public Checked<int[], Integer> multiply(int[] a, int[] b) {
		int[] product = constant(0);
		int overflow = Circuit.FALSE;
		for (int shift = 0; shift < BITS; shift++) {
			int[] partial = new int[BITS];
			for (int bit = 0; bit < BITS; bit++) {
				partial[bit] = bit >= shift ? circuit.and(a[bit - shift], b[shift]) : Circuit.FALSE;
			}
			for (int bit = BITS - shift; bit < BITS; bit++) {
				overflow = circuit.or(overflow, circuit.and(a[bit], b[shift]));
			}
			Checked<int[], Integer> added = add(product, partial);
			product = added.value();
			overflow = circuit.or(overflow, added.fault());
		}
		return new Checked<>(product, overflow);
	}

	/** Whether the amount is 64 or more: any of its bits from 6 up. */
	private int tooFar(int[] amount) {
		int far = Circuit.FALSE;
		for (int bit = 6; bit < BITS; bit++) {
			far = circuit.or(far, amount[bit]);
		}
		return far;
	}

	private Checked<int[], Integer> shift(int[] a, int[] amount, boolean left) {
		int[] result = a;
		for (int stage = 0; stage < 6; stage++) {
			int by = 1 << stage;
			int[] shifted = new int[BITS];
			for (int bit = 0; bit < BITS; bit++) {
				int from = left ? bit - by : bit + by;
				int moved = from >= 0 && from < BITS ? result[from] : Circuit.FALSE;
				shifted[bit] = circuit.choose(amount[stage], moved, result[bit]);
			}
			result = shifted;
		}
		int far = tooFar(amount);
		return new Checked<>(choose(far, constant(0), result), far);
	}

	@Override
	public Checked<int[], Integer> shiftLeft(int[] a, int[] amount) {
		return shift(a, amount, true);
	}

	@Override
	public Checked<int[], Integer> shiftRight(int[] a, int[] amount) {
		return shift(a, amount, false);
	}

	/** fls64 as a priority encoder: exactly one "the highest set bit is k" holds, then k in binary. */
	@Override
	public int[] highestBit(int[] a) {
		int[] atOrAbove = new int[BITS + 1];
		atOrAbove[BITS] = Circuit.FALSE;
		for (int bit = BITS - 1; bit >= 0; bit--) {
			atOrAbove[bit] = circuit.or(a[bit], atOrAbove[bit + 1]);
		}
		int[] result = constant(0);
		for (int position = 1; position <= BITS; position++) {
			int highest = circuit.and(atOrAbove[position - 1], -atOrAbove[position]);
			for (int bit = 0; bit < 7; bit++) {
				if ((position >> bit & 1) != 0) {
					result[bit] = circuit.or(result[bit], highest);
				}
			}
		}
		return result;
	}

	@Override
	public Integer equal(int[] a, int[] b) {
		int same = Circuit.TRUE;
		for (int bit = 0; bit < BITS; bit++) {
			same = circuit.and(same, -circuit.xor(a[bit], b[bit]));
		}
		return same;
	}

	@Override
	public Integer lessThan(int[] a, int[] b) {
		return subtract(a, b).fault();
	}

	@Override
	public Integer all(Integer a, Integer b) {
		return circuit.and(a, b);
	}

	@Override
	public Integer any(Integer a, Integer b) {
		return circuit.or(a, b);
	}

	@Override
	public Integer negate(Integer a) {
		return -a;
	}

	@Override
	public int[] choose(Integer condition, int[] whenTrue, int[] whenFalse) {
		int[] result = new int[BITS];
		for (int bit = 0; bit < BITS; bit++) {
			result[bit] = circuit.choose(condition, whenTrue[bit], whenFalse[bit]);
		}
		return result;
	}

	@Override
	public int[] word(Integer truth) {
		int[] word = constant(0);
		word[0] = truth;
		return word;
	}

	@Override
	public Integer isTrue(int[] word) {
		int any = Circuit.FALSE;
		for (int literal : word) {
			any = circuit.or(any, literal);
		}
		return any;
	}
}
