package org.ptl.model.expr;

/**
 * The operations PTL's expressions are made of, over 64-bit unsigned words {@code W} and truth
 * values {@code B}. One interpreter ({@link ExpressionInterpreter}) runs on any algebra: on
 * {@link LongAlgebra} it computes values, on a circuit algebra (org.ptl.sim's prover) it builds the
 * formula a SAT solver decides for every input at once, so that what is computed and what is
 * proved cannot drift apart. Operations that can go wrong (overflow, shifts by 64 or more) return
 * the condition under which they do, next to their value.
 */
public interface WordAlgebra<W, B> {

	/** A word and the condition under which computing it went wrong. */
	record Checked<W, B>(W value, B fault) {
	}

	W constant(long value);

	B truth(boolean value);

	/** Whether the truth value is known to be false (a constant), so that nothing depends on it. */
	boolean isFalse(B truth);

	W and(W a, W b);

	W or(W a, W b);

	W xor(W a, W b);

	W complement(W a);

	/** a + b, and whether the sum passes 2^64. */
	Checked<W, B> add(W a, W b);

	/** a - b, and whether b is greater than a. */
	Checked<W, B> subtract(W a, W b);

	/** a * b, and whether the product passes 2^64. */
	Checked<W, B> multiply(W a, W b);

	/** a << amount (bits shifted out are lost, as in C), and whether amount is 64 or more. */
	Checked<W, B> shiftLeft(W a, W amount);

	/** a >> amount, and whether amount is 64 or more. */
	Checked<W, B> shiftRight(W a, W amount);

	/** fls64(a): the position of the highest set bit, counted from 1; 0 for 0. */
	W highestBit(W a);

	B equal(W a, W b);

	/** Unsigned a < b. */
	B lessThan(W a, W b);

	B all(B a, B b);

	B any(B a, B b);

	B negate(B a);

	W choose(B condition, W whenTrue, W whenFalse);

	/** 1 for true, 0 for false. */
	W word(B truth);

	/** The truth of a word: not zero. */
	B isTrue(W word);
}
