package org.ptl.model.expr;

/**
 * The algebra of concrete values: Java longs read as unsigned 64-bit words, and booleans. Where C
 * is undefined (a shift by 64 or more) the value is 0 and the fault is true.
 */
public final class LongAlgebra implements WordAlgebra<Long, Boolean> {

	public static final LongAlgebra INSTANCE = new LongAlgebra();

	private LongAlgebra() {
	}

	@Override
	public Long constant(long value) {
		return value;
	}

	@Override
	public Boolean truth(boolean value) {
		return value;
	}

	@Override
	public boolean isFalse(Boolean truth) {
		return !truth;
	}

	@Override
	public Long and(Long a, Long b) {
		return a & b;
	}

	@Override
	public Long or(Long a, Long b) {
		return a | b;
	}

	@Override
	public Long xor(Long a, Long b) {
		return a ^ b;
	}

	@Override
	public Long complement(Long a) {
		return ~a;
	}

	@Override
	public Checked<Long, Boolean> add(Long a, Long b) {
		long sum = a + b;
		return new Checked<>(sum, Long.compareUnsigned(sum, a) < 0);
	}

	@Override
	public Checked<Long, Boolean> subtract(Long a, Long b) {
		return new Checked<>(a - b, Long.compareUnsigned(a, b) < 0);
	}

	@Override
	public Checked<Long, Boolean> multiply(Long a, Long b) {
		long high = Math.unsignedMultiplyHigh(a, b);
		return new Checked<>(a * b, high != 0);
	}

	@Override
	public Checked<Long, Boolean> shiftLeft(Long a, Long amount) {
		boolean tooFar = Long.compareUnsigned(amount, 64) >= 0;
		return new Checked<>(tooFar ? 0L : a << amount, tooFar);
	}

	@Override
	public Checked<Long, Boolean> shiftRight(Long a, Long amount) {
		boolean tooFar = Long.compareUnsigned(amount, 64) >= 0;
		return new Checked<>(tooFar ? 0L : a >>> amount, tooFar);
	}

	@Override
	public Long highestBit(Long a) {
		return (long) (64 - Long.numberOfLeadingZeros(a));
	}

	@Override
	public Boolean equal(Long a, Long b) {
		return a.longValue() == b.longValue();
	}

	@Override
	public Boolean lessThan(Long a, Long b) {
		return Long.compareUnsigned(a, b) < 0;
	}

	@Override
	public Boolean all(Boolean a, Boolean b) {
		return a && b;
	}

	@Override
	public Boolean any(Boolean a, Boolean b) {
		return a || b;
	}

	@Override
	public Boolean negate(Boolean a) {
		return !a;
	}

	@Override
	public Long choose(Boolean condition, Long whenTrue, Long whenFalse) {
		return condition ? whenTrue : whenFalse;
	}

	@Override
	public Long word(Boolean truth) {
		return truth ? 1L : 0L;
	}

	@Override
	public Boolean isTrue(Long word) {
		return word != 0;
	}
}
