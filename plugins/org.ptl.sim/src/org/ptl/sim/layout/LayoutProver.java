package org.ptl.sim.layout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.ptl.model.Layout;
import org.ptl.model.LayoutInput;
import org.ptl.model.expr.LayoutEvaluation;
import org.ptl.model.expr.LayoutInputs;
import org.ptl.model.expr.Property;
import org.ptl.sim.layout.LayoutProof.Result;
import org.ptl.sim.layout.LayoutProof.Verdict;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;

/**
 * Proves a layout's properties for every input its ranges and assumptions allow, bit-precisely.
 * Inputs with few values (booleans, choices, ranges of at most 64 values) are enumerated: each
 * combination is a class, in which the layout is computed as a circuit with those inputs as
 * constants (so shifts by them become wiring) and every other input as 64 free bits (fewer when
 * aligned or narrow). A SAT solver (Sat4j) then looks for inputs of the class that satisfy the
 * assumptions, cause no fault, and break some property: none means every property is proved for the
 * whole class; otherwise each property is asked on its own, and a model is a counterexample,
 * checked again by computing the layout for it concretely.
 * The answer is exhaustive, not sampled: SAT decides all 2^n assignments of the free bits.
 */
public final class LayoutProver {

	/**
	 * The effort a check (ptl check, validation on save, the language server) gives each SAT question
	 * of a layout proof: bounded in conflicts, so that the verdict is the same however busy the machine
	 * (the bundled layouts need at most about 1,500 a class), with 20 s of wall time only as a last
	 * resort.
	 */
	public static final int CHECK_CONFLICTS = 4_000;
	private static final Duration CHECK_TIME_LIMIT = Duration.ofSeconds(20);

	private final Duration timeLimit;
	private final int conflictBudget;

	/** The prover of checks: every SAT question bounded by {@link #CHECK_CONFLICTS}. */
	public static LayoutProver forChecks() {
		return new LayoutProver(CHECK_TIME_LIMIT, CHECK_CONFLICTS);
	}

	/** What a check says of a layout its bounded prover did not decide; {@code then} tells how to prove it. */
	public static String notProvedByCheck(Layout layout, String then) {
		return "layout '" + layout.getName() + "': not proved within the check's bound (" + CHECK_CONFLICTS
				+ " solver conflicts per question); " + then;
	}

	/** A prover that stops (verdict unknown) when the time limit has passed. */
	public LayoutProver(Duration timeLimit) {
		this(timeLimit, 0);
	}

	/**
	 * A prover whose every SAT question may take at most so many conflicts (0: no such bound), and
	 * the whole proof at most the time limit. A bound on conflicts gives the same verdict on a busy
	 * machine as on an idle one, which a check needs: its diagnostics must not depend on the load.
	 */
	public LayoutProver(Duration timeLimit, int conflictBudget) {
		this.timeLimit = timeLimit;
		this.conflictBudget = conflictBudget;
	}

	/** Bounds the solver's next question: by conflicts when the prover has a budget, else by the time left. */
	private void limit(ISolver solver, long deadline) {
		if (conflictBudget > 0) {
			solver.setTimeoutOnConflicts(conflictBudget);
		} else {
			solver.setTimeoutMs(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
		}
	}

	public LayoutProof prove(Layout layout) {
		long started = System.nanoTime();
		long deadline = started + timeLimit.toNanos();
		InputClasses classes = InputClasses.of(layout);
		List<Map<LayoutInput, Long>> assignments = classes.assignments();
		// Classes are independent SAT problems: they run on every core, and their verdicts are merged
		// in class order, so the answer (and which counterexample is shown) does not depend on timing.
		// References are resolved first because EMF resolves proxies lazily, which is not thread-safe.
		EcoreUtil.resolveAll(layout);
		List<ClassProof> proofs = assignments.parallelStream().map(fixed -> proveClass(layout, fixed, deadline))
				.toList();
		Map<String, Result> results = new LinkedHashMap<>();
		int empty = 0;
		int symbolicBits = 0;
		long variables = 0;
		long clauses = 0;
		for (ClassProof proof : proofs) {
			proof.results.forEach((key, result) -> results.merge(key, result, LayoutProver::combine));
			empty += proof.empty ? 1 : 0;
			symbolicBits = proof.symbolicBits;
			variables += proof.variables;
			clauses += proof.clauses;
		}
		return new LayoutProof(layout, List.copyOf(results.values()), classes.enumerated(), proofs.size(), empty, symbolicBits,
				variables, clauses, Duration.ofNanos(System.nanoTime() - started));
	}

	/** What one class gave: a verdict per property, and the size of its SAT problem. */
	private record ClassProof(Map<String, Result> results, boolean empty, int symbolicBits, long variables,
			long clauses) {
	}

	/** A property's verdict over two sets of classes: the first violation found, else unknown over proved. */
	private static Result combine(Result known, Result next) {
		if (known.verdict() == Verdict.VIOLATED || next.verdict() == Verdict.VIOLATED) {
			return known.verdict() == Verdict.VIOLATED ? known : next;
		}
		return known.verdict() == Verdict.UNKNOWN ? known : next;
	}

	private ClassProof proveClass(Layout layout, Map<LayoutInput, Long> fixed, long deadline) {
		Map<String, Result> results = new LinkedHashMap<>();
		Circuit circuit = new Circuit();
		CircuitAlgebra algebra = new CircuitAlgebra(circuit);
		Map<LayoutInput, int[]> inputs = new LinkedHashMap<>();
		int symbolicBits = 0;
		for (LayoutInput input : layout.getInputs()) {
			Long value = fixed.get(input);
			if (value != null) {
				inputs.put(input, algebra.constant(value));
			} else {
				int[] word = freeWord(circuit, input);
				inputs.put(input, word);
				for (int literal : word) {
					symbolicBits += Math.abs(literal) == Circuit.TRUE ? 0 : 1;
				}
			}
		}
		LayoutEvaluation<int[], Integer> evaluation = new LayoutEvaluation<>(layout, algebra, inputs);
		int allowed = evaluation.inputsAllowed();
		List<Property<Integer>> properties = evaluation.properties().stream()
				.filter(property -> property.kind() != Property.Kind.ASSUMPTION).toList();
		int noFault = Circuit.TRUE;
		for (Property<Integer> property : properties) {
			if (property.kind() == Property.Kind.NO_FAULT) {
				noFault = circuit.and(noFault, property.holds());
			}
		}
		List<Integer> violations = new ArrayList<>();
		int anyViolation = Circuit.FALSE;
		for (Property<Integer> property : properties) {
			int broken = property.kind() == Property.Kind.NO_FAULT ? -property.holds() : circuit.and(-property.holds(), noFault);
			violations.add(broken);
			anyViolation = circuit.or(anyViolation, broken);
		}
		// MiniSAT's learning solver with a heap, without Sat4j's default clause minimisation: on these
		// circuits (adders, barrel shifters, a priority encoder) it decides the 6.x layout with about a
		// third less work than the default solver (bench/layout-proof.sh).
		ISolver solver = SolverFactory.newMiniLearningHeap();
		solver.newVar(circuit.variables());
		boolean empty = allowed == Circuit.FALSE;
		boolean allHold = false;
		try {
			for (int[] clause : circuit.clauses()) {
				solver.addClause(new VecInt(clause));
			}
			// Only allowed inputs are of interest: a unit clause the solver simplifies with once,
			// rather than an assumption it propagates again in every query.
			if (!empty) {
				solver.addClause(new VecInt(new int[] { allowed }));
				limit(solver, deadline);
				empty = !solver.isSatisfiable();
			}
			// Usually every property holds: one query for "some property breaks" then proves them all,
			// and only when it finds a model are the properties asked one by one (for their witnesses).
			if (!empty) {
				limit(solver, deadline);
				allHold = anyViolation == Circuit.FALSE || !solver.isSatisfiable(new VecInt(new int[] { anyViolation }));
			}
		} catch (ContradictionException contradiction) {
			empty = true;
		} catch (TimeoutException timeout) {
			// undecided here: each property is asked on its own below, and says UNKNOWN when time is up
			allHold = false;
		}
		for (int i = 0; i < properties.size(); i++) {
			Property<Integer> property = properties.get(i);
			Verdict verdict;
			Map<LayoutInput, Long> counterexample = null;
			if (empty || allHold || violations.get(i) == Circuit.FALSE) {
				verdict = Verdict.PROVED;
			} else {
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					verdict = Verdict.UNKNOWN;
				} else {
					limit(solver, deadline);
					try {
						if (solver.isSatisfiable(new VecInt(new int[] { violations.get(i) }))) {
							verdict = Verdict.VIOLATED;
							counterexample = witness(solver, layout, inputs);
							confirm(layout, counterexample, property);
						} else {
							verdict = Verdict.PROVED;
						}
					} catch (TimeoutException timeout) {
						verdict = Verdict.UNKNOWN;
					}
				}
			}
			results.put(key(property), new Result(property.kind(), property.element(), property.description(), verdict,
					counterexample));
		}
		return new ClassProof(results, empty, symbolicBits, circuit.variables(), circuit.clauses().size());
	}

	/** The bits an input may have: booleans one, aligned inputs none below their alignment. */
	private static int[] freeWord(Circuit circuit, LayoutInput input) {
		int[] word = new int[64];
		int width = input.isBoolean() ? 1 : input.isSetWidth() ? Math.min(64, input.getWidth()) : 64;
		if (input.getRange() != null && input.getRange().getMax() >= 0) {
			width = Math.min(width, 64 - Long.numberOfLeadingZeros(input.getRange().getMax()));
		}
		int low = input.getAlignment() > 1 ? Long.numberOfTrailingZeros(input.getAlignment()) : 0;
		for (int bit = 0; bit < 64; bit++) {
			word[bit] = bit >= low && bit < width ? circuit.fresh() : Circuit.FALSE;
		}
		return word;
	}

	private static Map<LayoutInput, Long> witness(ISolver solver, Layout layout, Map<LayoutInput, int[]> inputs) {
		Map<LayoutInput, Long> values = new LinkedHashMap<>();
		for (LayoutInput input : layout.getInputs()) {
			long value = 0;
			int[] word = inputs.get(input);
			for (int bit = 0; bit < 64; bit++) {
				int literal = word[bit];
				boolean set = literal == Circuit.TRUE
						|| literal != Circuit.FALSE && solver.model(Math.abs(literal)) == (literal > 0);
				value |= set ? 1L << bit : 0;
			}
			values.put(input, value);
		}
		return values;
	}

	/** The counterexample must break the property when the layout is computed for it concretely. */
	private static void confirm(Layout layout, Map<LayoutInput, Long> inputs, Property<Integer> property) {
		LayoutEvaluation<Long, Boolean> concrete = LayoutInputs.evaluate(layout, inputs);
		boolean allowed = concrete.inputsAllowed();
		boolean broken = concrete.properties().stream()
				.anyMatch(candidate -> key(candidate).equals(key(property)) && !candidate.holds());
		if (!allowed || !broken) {
			throw new IllegalStateException("the prover's counterexample for " + property.description() + " of layout "
					+ layout.getName() + " does not break it when computed: " + inputs.values());
		}
	}


	private static String key(Property<?> property) {
		return property.kind() + "@" + System.identityHashCode(property.element()) + ":" + property.description();
	}
}
