package org.ptl.lang.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.xtext.EcoreUtil2;
import org.ptl.model.BinaryPredicate;
import org.ptl.model.BooleanTerm;
import org.ptl.model.FamilyQuantified;
import org.ptl.model.IndexTerm;
import org.ptl.model.NotPredicate;
import org.ptl.model.NumberTerm;
import org.ptl.model.Predicate;
import org.ptl.model.Term;
import org.ptl.model.ValueTest;
import org.ptl.model.VariableAccess;
import org.ptl.model.support.ProtocolTypes;
import org.ptl.model.support.ProtocolTypes.Kind;

/**
 * Whether a guard is false whatever the state: each variable (or field, or parameter) it reads is
 * given every value that matters to the guard's comparisons (the constants it is compared with,
 * their neighbours, its bounds), and the guard is evaluated for every combination. A guard with a
 * quantifier, a whole descriptor, or too many combinations is not judged.
 */
final class GuardSatisfiability {

	private static final int MAX_COMBINATIONS = 1 << 16;

	private final Map<String, List<Long>> domains = new LinkedHashMap<>();
	private final Map<String, Long> values = new LinkedHashMap<>();
	private final Predicate guard;

	private GuardSatisfiability(Predicate guard) {
		this.guard = guard;
	}

	static boolean neverHolds(Predicate guard) {
		if (!EcoreUtil2.eAllOfType(guard, FamilyQuantified.class).isEmpty() || guard instanceof FamilyQuantified) {
			return false;
		}
		GuardSatisfiability search = new GuardSatisfiability(guard);
		if (!search.collect(guard)) {
			return false;
		}
		return !search.satisfiable(new ArrayList<>(search.domains.keySet()), 0);
	}

	/** Finds the atoms and their domains; false when the guard cannot be judged. */
	private boolean collect(Predicate guard) {
		List<ValueTest> tests = new ArrayList<>(EcoreUtil2.eAllOfType(guard, ValueTest.class));
		if (guard instanceof ValueTest self) {
			tests.add(self);
		}
		long combinations = 1;
		for (ValueTest test : tests) {
			for (Term term : new Term[] { test.getLeft(), test.getRight() }) {
				if (term instanceof VariableAccess access && !domains.containsKey(key(access))) {
					List<Long> domain = domain(access, tests);
					if (domain == null) {
						return false;
					}
					domains.put(key(access), domain);
					combinations *= domain.size();
					if (combinations > MAX_COMBINATIONS) {
						return false;
					}
				}
			}
		}
		return true;
	}

	private boolean satisfiable(List<String> atoms, int at) {
		if (at == atoms.size()) {
			return evaluate(guard);
		}
		for (long value : domains.get(atoms.get(at))) {
			values.put(atoms.get(at), value);
			if (satisfiable(atoms, at + 1)) {
				return true;
			}
		}
		return false;
	}

	private List<Long> domain(VariableAccess access, List<ValueTest> tests) {
		ProtocolTypes.Type type = ProtocolTypes.of(access);
		TreeSet<Long> values = new TreeSet<>();
		switch (type.kind()) {
		case BOOL -> {
			values.add(0L);
			values.add(1L);
		}
		case NUMBER, ENUM -> {
			long min = type.min();
			long max = type.max();
			if (max - min < 16) {
				for (long v = min; v <= max; v++) {
					values.add(v);
				}
			} else {
				values.add(min);
				values.add(max);
				for (long c : constantsComparedWith(access, tests)) {
					for (long v = c - 1; v <= c + 1; v++) {
						if (v >= min && v <= max) {
							values.add(v);
						}
					}
				}
			}
		}
		case MEMBER -> {
			values.add(1L);
			values.add(1_000_000L);
			for (long c : constantsComparedWith(access, tests)) {
				values.add(c - 1);
				values.add(c);
				values.add(c + 1);
			}
		}
		case LITERAL -> values.add(type.min());
		default -> {
			return null;
		}
		}
		return new ArrayList<>(values);
	}

	private static List<Long> constantsComparedWith(VariableAccess access, List<ValueTest> tests) {
		List<Long> constants = new ArrayList<>();
		for (ValueTest test : tests) {
			if (test.getLeft() == access && test.getRight() instanceof NumberTerm number) {
				constants.add(number.getValue());
			} else if (test.getRight() == access && test.getLeft() instanceof NumberTerm number) {
				constants.add(number.getValue());
			}
		}
		return constants;
	}

	/** A textual identity: the same variable at the same indices and field. */
	static String key(VariableAccess access) {
		StringBuilder key = new StringBuilder(String.valueOf(System.identityHashCode(access.getTarget())));
		for (IndexTerm index : access.getIndices()) {
			key.append(',').append(index.isSetMember() ? "#" + index.getMember()
					: String.valueOf(System.identityHashCode(index.getParameter())));
		}
		if (access.getField() != null) {
			key.append('.').append(System.identityHashCode(access.getField()));
		}
		return key.toString();
	}

	private Long value(Term term, ProtocolTypes.Type other) {
		if (term instanceof NumberTerm number) {
			return number.getValue();
		}
		if (term instanceof BooleanTerm bool) {
			return bool.isValue() ? 1L : 0L;
		}
		if (term instanceof VariableAccess access) {
			ProtocolTypes.Type type = ProtocolTypes.of(access);
			if (type.kind() == Kind.LITERAL) {
				// a protocol literal is the position of its name in the other side's enum
				if (type.min() < 0 && other != null) {
					int index = other.literals().indexOf(type.literals().get(0));
					return index < 0 ? null : (long) index;
				}
				return type.min();
			}
			return values.get(key(access));
		}
		return null;
	}

	boolean evaluate(Predicate predicate) {
		if (predicate instanceof BinaryPredicate binary) {
			boolean left = evaluate(binary.getLeft());
			return switch (binary.getOperator()) {
			case AND -> left && evaluate(binary.getRight());
			case OR -> left || evaluate(binary.getRight());
			case IMPLIES -> !left || evaluate(binary.getRight());
			};
		}
		if (predicate instanceof NotPredicate not) {
			return !evaluate(not.getOperand());
		}
		if (predicate instanceof ValueTest test) {
			ProtocolTypes.Type leftType = ProtocolTypes.of(test.getLeft());
			ProtocolTypes.Type rightType = test.getRight() == null ? null : ProtocolTypes.of(test.getRight());
			Long left = value(test.getLeft(), rightType);
			if (!test.isSetComparison()) {
				return left != null && left != 0;
			}
			Long right = value(test.getRight(), leftType);
			if (left == null || right == null) {
				return true; // cannot tell: assume it may hold
			}
			return switch (test.getComparison()) {
			case EQ -> left.longValue() == right.longValue();
			case NE -> left.longValue() != right.longValue();
			case LT -> left < right;
			case LE -> left <= right;
			case GT -> left > right;
			case GE -> left >= right;
			};
		}
		return true;
	}
}
