package org.ptl.sim.protocol;

import org.ptl.model.BinaryPredicate;
import org.ptl.model.BooleanTerm;
import org.ptl.model.EnumLiteral;
import org.ptl.model.Family;
import org.ptl.model.FamilyParameter;
import org.ptl.model.FamilyQuantified;
import org.ptl.model.NotPredicate;
import org.ptl.model.NumberTerm;
import org.ptl.model.Predicate;
import org.ptl.model.ProtocolLiteral;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.Term;
import org.ptl.model.ValueTest;
import org.ptl.model.VariableAccess;

/**
 * Compiles a protocol's predicates and terms into small closures over a {@link Frame}, once, so
 * that building the explorer's tables does not walk the model again. A literal gets its number
 * from the other side of its comparison (a protocol enum's position, a field enum's value); a
 * quantifier runs over the members of its family, or over the pages in view.
 */
final class TermCompiler {

	/** A compiled condition. */
	interface Cond {
		boolean test(Frame frame);
	}

	/** A compiled value. */
	interface Val {
		long get(Frame frame);
	}

	private final ProtocolLayout layout;
	private final Parameters parameters;

	TermCompiler(ProtocolLayout layout, Parameters parameters) {
		this.layout = layout;
		this.parameters = parameters;
	}

	ProtocolLayout layout() {
		return layout;
	}

	Parameters parameters() {
		return parameters;
	}

	Cond condition(Predicate predicate) {
		if (predicate instanceof BinaryPredicate binary) {
			Cond left = condition(binary.getLeft());
			Cond right = condition(binary.getRight());
			return switch (binary.getOperator()) {
			case AND -> frame -> left.test(frame) && right.test(frame);
			case OR -> frame -> left.test(frame) || right.test(frame);
			case IMPLIES -> frame -> !left.test(frame) || right.test(frame);
			};
		}
		if (predicate instanceof NotPredicate not) {
			Cond operand = condition(not.getOperand());
			return frame -> !operand.test(frame);
		}
		if (predicate instanceof FamilyQuantified quantified) {
			return quantifier(quantified);
		}
		if (predicate instanceof ValueTest test) {
			return test(test);
		}
		throw new IllegalArgumentException("a protocol cannot use this condition: " + predicate.eClass().getName());
	}

	private Cond quantifier(FamilyQuantified quantified) {
		FamilyParameter parameter = quantified.getParameter();
		int slot = parameters.slot(parameter);
		Family family = parameter.getFamily();
		boolean pages = family == layout.pages();
		int size = pages ? 0 : layout.size(family);
		int first = pages ? 0 : 1;
		Cond body = condition(quantified.getBody());
		return frame -> {
			int last = pages ? frame.pageCount - 1 : size;
			int saved = frame.env[slot];
			int holding = 0;
			try {
				for (int member = first; member <= last; member++) {
					frame.env[slot] = member;
					if (body.test(frame)) {
						holding++;
						if (quantified.getQuantifier() == org.ptl.model.Quantifier.SOME) {
							return true;
						}
					} else if (quantified.getQuantifier() == org.ptl.model.Quantifier.ALL) {
						return false;
					}
				}
			} finally {
				frame.env[slot] = saved;
			}
			return switch (quantified.getQuantifier()) {
			case ALL -> true;
			case SOME -> false;
			case NONE -> holding == 0;
			case EXACTLY_ONE -> holding == 1;
			case AT_MOST_ONE -> holding <= 1;
			};
		};
	}

	private Cond test(ValueTest test) {
		if (!test.isSetComparison()) {
			Val value = value(test.getLeft(), null);
			return frame -> value.get(frame) != 0;
		}
		Val left = value(test.getLeft(), test.getRight());
		Val right = value(test.getRight(), test.getLeft());
		return switch (test.getComparison()) {
		case EQ -> frame -> left.get(frame) == right.get(frame);
		case NE -> frame -> left.get(frame) != right.get(frame);
		case LT -> frame -> left.get(frame) < right.get(frame);
		case LE -> frame -> left.get(frame) <= right.get(frame);
		case GT -> frame -> left.get(frame) > right.get(frame);
		case GE -> frame -> left.get(frame) >= right.get(frame);
		};
	}

	/** A term's value; other is the term it is compared with or assigned to, which decides a literal's number. */
	Val value(Term term, Term other) {
		if (term instanceof NumberTerm number) {
			long constant = constantFor(number.getValue(), other);
			return frame -> constant;
		}
		if (term instanceof BooleanTerm bool) {
			long constant = bool.isValue() ? 1 : 0;
			return frame -> constant;
		}
		VariableAccess access = (VariableAccess) term;
		if (access.getTarget() instanceof ProtocolVariable) {
			Address address = new Address(access, layout, parameters);
			return address::read;
		}
		if (access.getTarget() instanceof FamilyParameter parameter) {
			int slot = parameters.slot(parameter);
			return frame -> frame.env[slot];
		}
		long constant = literal(access, other);
		return frame -> constant;
	}

	/** A number beside a whole descriptor is a descriptor constant: its kept fields. */
	private long constantFor(long value, Term other) {
		if (other instanceof VariableAccess access && access.getTarget() instanceof ProtocolVariable variable
				&& access.getField() == null && layout.codec(variable).kind() == ValueCodec.Kind.DESCRIPTOR) {
			long packed = layout.codec(variable).fromDescriptor(value);
			// bits no kept field holds: no value of the variable equals it (and none may be assigned it)
			return packed < 0 ? Long.MIN_VALUE : packed;
		}
		return value;
	}

	/** A literal's number: its position in the other side's enum, or a field enum literal's value. */
	long literal(VariableAccess literal, Term other) {
		String name = literal.getTarget().getName();
		if (other instanceof VariableAccess access && access.getTarget() instanceof ProtocolVariable variable) {
			if (access.getField() != null) {
				for (EnumLiteral candidate : access.getField().getLiterals()) {
					if (candidate.getName().equals(name)) {
						return candidate.getValue();
					}
				}
			} else {
				int index = layout.codec(variable).literals().indexOf(name);
				if (index >= 0) {
					return index;
				}
			}
		}
		if (literal.getTarget() instanceof EnumLiteral field) {
			return field.getValue();
		}
		if (literal.getTarget() instanceof ProtocolLiteral own && own.eContainer() instanceof org.ptl.model.EnumType type) {
			return type.getLiterals().indexOf(own);
		}
		throw new IllegalArgumentException("literal '" + name + "' has no value here");
	}
}
