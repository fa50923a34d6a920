package org.ptl.model.support;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.ptl.model.BoolType;
import org.ptl.model.BooleanTerm;
import org.ptl.model.Descriptor;
import org.ptl.model.EnumLiteral;
import org.ptl.model.EnumType;
import org.ptl.model.Family;
import org.ptl.model.FamilyParameter;
import org.ptl.model.Field;
import org.ptl.model.NumberTerm;
import org.ptl.model.ProtocolLiteral;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.PtlPackage;
import org.ptl.model.RangeType;
import org.ptl.model.Term;
import org.ptl.model.VariableAccess;

/**
 * The type of a protocol term, as the checks and the explorer read it: a boolean, a number in a
 * range (a counter, a field's bits, a constant), one of an enum's literals (a protocol enum, or a
 * field's), a whole descriptor, a member of a family, or a literal whose enum the other side of a
 * comparison or assignment decides.
 */
public final class ProtocolTypes {

	private ProtocolTypes() {
	}

	/** The kinds of values. */
	public enum Kind {
		BOOL, NUMBER, ENUM, DESCRIPTOR, MEMBER, LITERAL, UNKNOWN
	}

	/**
	 * A type.
	 *
	 * @param kind       what kind of value
	 * @param min        the smallest number (NUMBER), or the literal's value (LITERAL of a field's enum)
	 * @param max        the largest number (NUMBER), or the field's largest value (ENUM of a field)
	 * @param literals   the literals' names (ENUM), or the literal's name (LITERAL)
	 * @param descriptor the descriptor (DESCRIPTOR)
	 * @param family     the family (MEMBER)
	 * @param flag       a one-bit field, which reads as a boolean where one is expected
	 */
	public record Type(Kind kind, long min, long max, List<String> literals, Descriptor descriptor, Family family,
			boolean flag) {

		static Type of(Kind kind) {
			return new Type(kind, 0, 0, List.of(), null, null, false);
		}

		/** "a boolean", "a number 0..3", "one of { none, huge, small }", ... for messages. */
		public String describe() {
			return switch (kind) {
			case BOOL -> "a boolean";
			case NUMBER -> flag ? "a 1-bit field" : min == max ? "the number " + min : "a number " + min + ".." + max;
			case ENUM -> "one of { " + String.join(", ", literals) + " }";
			case DESCRIPTOR -> "a descriptor '" + (descriptor == null ? "?" : descriptor.getName()) + "'";
			case MEMBER -> "a member of '" + (family == null ? "?" : family.getName()) + "'";
			case LITERAL -> "the literal '" + (literals.isEmpty() ? "?" : literals.get(0)) + "'";
			case UNKNOWN -> "an unknown value";
			};
		}

		/** Whether a value of this type can stand where a boolean is expected. */
		public boolean booleanLike() {
			return kind == Kind.BOOL || flag;
		}
	}

	public static Type of(Term term) {
		if (term instanceof NumberTerm number) {
			return new Type(Kind.NUMBER, number.getValue(), number.getValue(), List.of(), null, null, false);
		}
		if (term instanceof BooleanTerm) {
			return Type.of(Kind.BOOL);
		}
		if (term instanceof VariableAccess access) {
			return of(access);
		}
		return Type.of(Kind.UNKNOWN);
	}

	public static Type of(VariableAccess access) {
		Object target = access.eGet(PtlPackage.Literals.VARIABLE_ACCESS__TARGET, true);
		if (target instanceof EObject resolved && resolved.eIsProxy()) {
			return Type.of(Kind.UNKNOWN);
		}
		if (target instanceof FamilyParameter parameter) {
			return new Type(Kind.MEMBER, 0, 0, List.of(), null, parameter.getFamily(), false);
		}
		if (target instanceof ProtocolLiteral literal) {
			return new Type(Kind.LITERAL, -1, -1, List.of(literal.getName()), null, null, false);
		}
		if (target instanceof EnumLiteral literal) {
			return new Type(Kind.LITERAL, literal.getValue(), literal.getValue(), List.of(literal.getName()), null, null,
					false);
		}
		if (!(target instanceof ProtocolVariable variable)) {
			return Type.of(Kind.UNKNOWN);
		}
		Object field = access.eGet(PtlPackage.Literals.VARIABLE_ACCESS__FIELD, true);
		if (field instanceof Field resolved && !resolved.eIsProxy()) {
			return ofField(resolved);
		}
		return ofVariable(variable);
	}

	/** The type of a whole variable. */
	public static Type ofVariable(ProtocolVariable variable) {
		if (variable.getType() instanceof BoolType) {
			return Type.of(Kind.BOOL);
		}
		if (variable.getType() instanceof RangeType range) {
			return new Type(Kind.NUMBER, range.getMin(), range.getMax(), List.of(), null, null, false);
		}
		if (variable.getType() instanceof EnumType type) {
			return new Type(Kind.ENUM, 0, type.getLiterals().size() - 1,
					type.getLiterals().stream().map(ProtocolLiteral::getName).toList(), null, null, false);
		}
		Descriptor descriptor = Protocols.descriptor(variable);
		return descriptor == null ? Type.of(Kind.UNKNOWN)
				: new Type(Kind.DESCRIPTOR, 0, 0, List.of(), descriptor, null, false);
	}

	/** A field's values: its enum, or the numbers its bits hold. */
	public static Type ofField(Field field) {
		if (field.getBits() == null || !Bits.isWellFormed(field.getBits())) {
			// a field whose bits did not parse or make no range: that is reported, its values are unknown
			return Type.of(Kind.UNKNOWN);
		}
		int width = Bits.width(field.getBits());
		long max = width >= 63 ? Long.MAX_VALUE : (1L << width) - 1;
		if (!field.getLiterals().isEmpty()) {
			return new Type(Kind.ENUM, 0, max, field.getLiterals().stream().map(EnumLiteral::getName).toList(), null,
					null, false);
		}
		return new Type(Kind.NUMBER, 0, max, List.of(), null, null, width == 1);
	}
}
