package org.ptl.lang.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.ptl.model.Assignment;
import org.ptl.model.FamilyParameter;
import org.ptl.model.Field;
import org.ptl.model.IndexTerm;
import org.ptl.model.NumberTerm;
import org.ptl.model.Predicate;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.Term;
import org.ptl.model.UpdateOperator;
import org.ptl.model.ValueTest;
import org.ptl.model.VariableAccess;
import org.ptl.model.support.Bits;
import org.ptl.model.support.ProtocolTypes;
import org.ptl.model.support.ProtocolTypes.Kind;
import org.ptl.model.support.ProtocolTypes.Type;

/**
 * Checks the types of protocol terms: a variable gets one index per family it is indexed by, each
 * of that family; conditions are booleans or one-bit fields; compared and assigned values agree
 * (numbers with numbers, an enum with its own literals, a descriptor with the same descriptor or a
 * constant); and every constant fits where it goes (a field's bits, a counter's range).
 */
public class ProtocolTypeValidator extends PtlCheckValidator {

	@Check
	public void indices(VariableAccess access) {
		if (access.getTarget() instanceof ProtocolVariable variable) {
			if (access.getIndices().size() != variable.getIndices().size()) {
				report(PtlCheck.PROTOCOL_TYPE, quote(variable.getName()) + " takes "
						+ (variable.getIndices().size() == 1 ? "1 index" : variable.getIndices().size() + " indices") + " ("
						+ String.join(", ", variable.getIndices().stream().map(f -> f.getName()).toList()) + "), not "
						+ access.getIndices().size(), access, Literals.VARIABLE_ACCESS__INDICES);
				return;
			}
			for (int i = 0; i < access.getIndices().size(); i++) {
				IndexTerm index = access.getIndices().get(i);
				FamilyParameter parameter = index.getParameter();
				// a parameter whose family did not parse or link is reported as that, not here
				if (parameter != null && !parameter.eIsProxy() && parameter.getFamily() != null
						&& !parameter.getFamily().eIsProxy() && parameter.getFamily() != variable.getIndices().get(i)) {
					report(PtlCheck.PROTOCOL_TYPE, "index " + (i + 1) + " of " + quote(variable.getName()) + " is a member of "
							+ quote(variable.getIndices().get(i).getName()) + ", but " + quote(parameter.getName())
							+ " is a member of " + quote(parameter.getFamily().getName()), index,
							Literals.INDEX_TERM__PARAMETER);
				}
			}
		} else if (access.getTarget() != null && !access.getTarget().eIsProxy()
				&& (!access.getIndices().isEmpty() || access.getField() != null)) {
			report(PtlCheck.PROTOCOL_TYPE, quote(access.getTarget().getName())
					+ " is not a variable: it takes no index and has no field", access, Literals.VARIABLE_ACCESS__TARGET);
		}
	}

	@Check
	public void test(ValueTest test) {
		Type left = ProtocolTypes.of(test.getLeft());
		if (!test.isSetComparison()) {
			if (!isValueOfAssignment(test) && left.kind() != Kind.UNKNOWN && !left.booleanLike()) {
				report(PtlCheck.PROTOCOL_TYPE, "a condition must be a boolean or a one-bit field, not " + left.describe()
						+ ": compare it ('== ...')", test, Literals.VALUE_TEST__LEFT);
			}
			return;
		}
		Type right = ProtocolTypes.of(test.getRight());
		String problem = incompatible(left, right, test.getRight());
		if (problem == null && test.getComparison().getValue() >= 2 && !ordered(left)) {
			problem = left.describe() + " has no order: compare it with == or !=";
		}
		if (problem != null) {
			report(PtlCheck.PROTOCOL_TYPE, problem, test, Literals.VALUE_TEST__COMPARISON);
		}
	}

	private static boolean ordered(Type type) {
		return type.kind() == Kind.NUMBER || type.kind() == Kind.MEMBER || type.kind() == Kind.UNKNOWN;
	}

	private static boolean isValueOfAssignment(ValueTest test) {
		return test.eContainer() instanceof Assignment assignment && assignment.getValue() == test;
	}

	@Check
	public void assignment(Assignment assignment) {
		Type target = ProtocolTypes.of(assignment.getTarget());
		if (target.kind() == Kind.UNKNOWN) {
			return;
		}
		if (assignment.getTarget().getTarget() != null && !(assignment.getTarget().getTarget() instanceof ProtocolVariable)) {
			report(PtlCheck.PROTOCOL_TYPE, quote(assignment.getTarget().getTarget().getName())
					+ " is not a variable and cannot be assigned", assignment, Literals.ASSIGNMENT__TARGET);
			return;
		}
		if (assignment.getOperator() != UpdateOperator.ASSIGN && target.kind() != Kind.NUMBER) {
			report(PtlCheck.PROTOCOL_TYPE, "'" + assignment.getOperator().getLiteral() + "' counts, but the target is "
					+ target.describe(), assignment, Literals.ASSIGNMENT__OPERATOR);
			return;
		}
		checkValue(target, assignment.getValue(), assignment, Literals.ASSIGNMENT__VALUE,
				assignment.getOperator() != UpdateOperator.ASSIGN);
	}

	@Check
	public void initialValue(ProtocolVariable variable) {
		if (variable.getInitial() == null) {
			return;
		}
		Type type = ProtocolTypes.ofVariable(variable);
		Term initial = variable.getInitial();
		if (initial instanceof VariableAccess access && access.getTarget() instanceof ProtocolVariable) {
			report(PtlCheck.PROTOCOL_TYPE, "the initial value of " + quote(variable.getName())
					+ " must be a constant or a literal", initial, null);
			return;
		}
		String problem = type.kind() == Kind.BOOL ? (ProtocolTypes.of(initial).kind() == Kind.BOOL ? null
				: "the initial value of " + quote(variable.getName()) + " must be true or false")
				: incompatible(type, ProtocolTypes.of(initial), initial);
		if (problem != null) {
			report(PtlCheck.PROTOCOL_TYPE, problem, variable, Literals.PROTOCOL_VARIABLE__INITIAL);
		} else {
			checkWidth(type, initial, false, variable, Literals.PROTOCOL_VARIABLE__INITIAL);
		}
	}

	/** A value assigned to a target of the type: booleans take any condition, the others a term. */
	private void checkValue(Type target, Predicate value, EObject where, org.eclipse.emf.ecore.EStructuralFeature feature,
			boolean counting) {
		if (target.kind() == Kind.BOOL) {
			if (value instanceof ValueTest test && !test.isSetComparison()
					&& !ProtocolTypes.of(test.getLeft()).booleanLike()
					&& ProtocolTypes.of(test.getLeft()).kind() != Kind.UNKNOWN) {
				report(PtlCheck.PROTOCOL_TYPE, "a boolean cannot be given " + ProtocolTypes.of(test.getLeft()).describe(),
						where, feature);
			}
			return; // any other condition: its parts are checked where they are
		}
		if (!(value instanceof ValueTest test) || test.isSetComparison()) {
			report(PtlCheck.PROTOCOL_TYPE, "a condition cannot be assigned to " + target.describe(), where, feature);
			return;
		}
		Type source = ProtocolTypes.of(test.getLeft());
		if (counting) {
			if (!(test.getLeft() instanceof NumberTerm)) {
				report(PtlCheck.PROTOCOL_TYPE, "a counter counts by a number", where, feature);
			}
			return;
		}
		String problem = incompatible(target, source, test.getLeft());
		if (problem != null) {
			report(PtlCheck.PROTOCOL_TYPE, problem, where, feature);
		} else {
			checkWidth(target, test.getLeft(), counting, where, feature);
		}
	}

	private void checkWidth(Type target, Term value, boolean counting, EObject where,
			org.eclipse.emf.ecore.EStructuralFeature feature) {
		if (!(value instanceof NumberTerm number) || counting) {
			return;
		}
		long v = number.getValue();
		if (target.kind() == Kind.NUMBER && (v < target.min() || v > target.max())) {
			report(PtlCheck.PROTOCOL_VALUE_WIDTH, v + " does not fit " + target.describe(), where, feature);
		} else if (target.kind() == Kind.DESCRIPTOR && target.descriptor() != null) {
			long outside = v & ~fieldBits(target.descriptor());
			if (outside != 0) {
				report(PtlCheck.PROTOCOL_VALUE_WIDTH, "0x" + Long.toHexString(v) + " sets bit "
						+ Long.numberOfTrailingZeros(outside) + ", which no field of descriptor "
						+ quote(target.descriptor().getName()) + " holds", where, feature);
			}
		}
	}

	private static long fieldBits(org.ptl.model.Descriptor descriptor) {
		long bits = 0;
		for (Field field : descriptor.getFields()) {
			if (field.getBits() != null && Bits.isWellFormed(field.getBits())) {
				bits |= Bits.mask(field.getBits());
			}
		}
		return bits;
	}

	/** Why a value of type b cannot stand beside (or go into) one of type a, or null when it can. */
	static String incompatible(Type a, Type b, Term bTerm) {
		if (a.kind() == Kind.UNKNOWN || b.kind() == Kind.UNKNOWN) {
			return null;
		}
		if (a.kind() == Kind.LITERAL && b.kind() != Kind.LITERAL) {
			return incompatible(b, a, null);
		}
		return switch (a.kind()) {
		case BOOL -> b.booleanLike() ? null : "a boolean cannot be compared with " + b.describe();
		case NUMBER -> b.kind() == Kind.NUMBER || a.flag() && b.kind() == Kind.BOOL ? null
				: a.describe() + " cannot be compared with " + b.describe();
		case ENUM -> b.kind() == Kind.LITERAL ? (a.literals().contains(b.literals().get(0)) ? null
				: "no literal '" + b.literals().get(0) + "' in " + a.describe())
				: b.kind() == Kind.ENUM && a.literals().equals(b.literals()) ? null
						: a.describe() + " cannot be compared with " + b.describe();
		case DESCRIPTOR -> b.kind() == Kind.DESCRIPTOR && b.descriptor() == a.descriptor()
				|| b.kind() == Kind.NUMBER && bTerm instanceof NumberTerm ? null
						: a.describe() + " cannot be compared with " + b.describe();
		case MEMBER -> b.kind() == Kind.MEMBER && b.family() == a.family() || bTerm instanceof NumberTerm ? null
				: a.describe() + " cannot be compared with " + b.describe();
		case LITERAL -> "two literals cannot be compared";
		default -> null;
		};
	}
}
