package org.ptl.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.ptl.model.expr.LongAlgebra;
import org.ptl.model.expr.WordAlgebra;
import org.ptl.model.expr.WordAlgebra.Checked;
import org.ptl.sim.layout.Circuit;
import org.ptl.sim.layout.CircuitAlgebra;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ISolver;

/**
 * The prover is only as good as its circuits: every operation of the circuit algebra, on free
 * input bits fixed by the solver to sample values, gives the value and the fault the long algebra
 * computes, for edge values (0, 1, 63, 64, 2^63, all ones) and random ones.
 */
class CircuitAlgebraTest {

	private static final long[] EDGES = { 0, 1, 2, 63, 64, 65, 0xfff, 1L << 47, 1L << 63, -1L, -2L, 0x8000000000000001L };

	private static List<long[]> samples() {
		List<long[]> pairs = new ArrayList<>();
		for (long a : EDGES) {
			for (long b : EDGES) {
				pairs.add(new long[] { a, b });
			}
		}
		Random random = new Random(20261204);
		for (int i = 0; i < 150; i++) {
			long a = random.nextLong() >>> random.nextInt(64);
			long b = random.nextInt(4) == 0 ? random.nextInt(70) : random.nextLong() >>> random.nextInt(64);
			pairs.add(new long[] { a, b });
		}
		return pairs;
	}

	/** Builds op over two free words once, then solves it for each sample pair. */
	private static void agrees(String name, BiFunction<WordAlgebra<int[], Integer>, int[][], Object> circuitOp,
			BiFunction<WordAlgebra<Long, Boolean>, long[], Object> longOp) throws Exception {
		Circuit circuit = new Circuit();
		CircuitAlgebra algebra = new CircuitAlgebra(circuit);
		int[] a = free(circuit);
		int[] b = free(circuit);
		Object result = circuitOp.apply(algebra, new int[][] { a, b });
		ISolver solver = SolverFactory.newDefault();
		solver.newVar(circuit.variables());
		for (int[] clause : circuit.clauses()) {
			solver.addClause(new VecInt(clause));
		}
		for (long[] pair : samples()) {
			VecInt assumptions = new VecInt();
			fix(assumptions, a, pair[0]);
			fix(assumptions, b, pair[1]);
			assertTrue(solver.isSatisfiable(assumptions), name);
			Object expected = longOp.apply(LongAlgebra.INSTANCE, pair);
			assertEquals(expected, read(solver, result), name + "(0x" + Long.toHexString(pair[0]) + ", 0x"
					+ Long.toHexString(pair[1]) + ")");
		}
	}

	private static int[] free(Circuit circuit) {
		int[] word = new int[64];
		for (int bit = 0; bit < 64; bit++) {
			word[bit] = circuit.fresh();
		}
		return word;
	}

	private static void fix(VecInt assumptions, int[] word, long value) {
		for (int bit = 0; bit < 64; bit++) {
			assumptions.push((value >>> bit & 1) != 0 ? word[bit] : -word[bit]);
		}
	}

	private static boolean bit(ISolver solver, int literal) {
		return literal == Circuit.TRUE || literal != Circuit.FALSE && solver.model(Math.abs(literal)) == (literal > 0);
	}

	private static Object read(ISolver solver, Object result) {
		if (result instanceof Checked<?, ?> checked) {
			return new Checked<>(read(solver, checked.value()), read(solver, checked.fault()));
		}
		if (result instanceof int[] word) {
			long value = 0;
			for (int i = 0; i < 64; i++) {
				value |= bit(solver, word[i]) ? 1L << i : 0;
			}
			return value;
		}
		return bit(solver, (Integer) result);
	}

	@Test
	void arithmeticWithItsFaults() throws Exception {
		agrees("add", (c, w) -> c.add(w[0], w[1]), (l, v) -> l.add(v[0], v[1]));
		agrees("subtract", (c, w) -> c.subtract(w[0], w[1]), (l, v) -> l.subtract(v[0], v[1]));
		agrees("multiply", (c, w) -> c.multiply(w[0], w[1]), (l, v) -> l.multiply(v[0], v[1]));
	}

	@Test
	void shiftsWithTheirFaults() throws Exception {
		agrees("shiftLeft", (c, w) -> c.shiftLeft(w[0], w[1]), (l, v) -> l.shiftLeft(v[0], v[1]));
		agrees("shiftRight", (c, w) -> c.shiftRight(w[0], w[1]), (l, v) -> l.shiftRight(v[0], v[1]));
	}

	@Test
	void bitwiseComparisonsAndFls64() throws Exception {
		agrees("and", (c, w) -> c.and(w[0], w[1]), (l, v) -> l.and(v[0], v[1]));
		agrees("or", (c, w) -> c.or(w[0], w[1]), (l, v) -> l.or(v[0], v[1]));
		agrees("xor", (c, w) -> c.xor(w[0], w[1]), (l, v) -> l.xor(v[0], v[1]));
		agrees("complement", (c, w) -> c.complement(w[0]), (l, v) -> l.complement(v[0]));
		agrees("equal", (c, w) -> c.equal(w[0], w[1]), (l, v) -> l.equal(v[0], v[1]));
		agrees("lessThan", (c, w) -> c.lessThan(w[0], w[1]), (l, v) -> l.lessThan(v[0], v[1]));
		agrees("fls64", (c, w) -> c.highestBit(w[0]), (l, v) -> l.highestBit(v[0]));
		agrees("choose", (c, w) -> c.choose(c.lessThan(w[0], w[1]), w[0], w[1]),
				(l, v) -> l.choose(l.lessThan(v[0], v[1]), v[0], v[1]));
		agrees("isTrue", (c, w) -> c.isTrue(w[0]), (l, v) -> l.isTrue(v[0]));
	}

	@Test
	void constantsFoldToConstants() {
		Circuit circuit = new Circuit();
		CircuitAlgebra algebra = new CircuitAlgebra(circuit);
		int[] sum = algebra.add(algebra.constant(0x1234), algebra.constant(0xff)).value();
		for (int bit = 0; bit < 64; bit++) {
			assertEquals((0x1333L >>> bit & 1) != 0 ? Circuit.TRUE : Circuit.FALSE, sum[bit]);
		}
		assertEquals(1, circuit.variables(), "no gate for constants");
	}
}
