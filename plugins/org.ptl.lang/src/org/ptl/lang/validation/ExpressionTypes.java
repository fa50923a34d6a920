package org.ptl.lang.validation;

import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.ptl.model.BinaryExpression;
import org.ptl.model.BooleanLiteral;
import org.ptl.model.CallExpression;
import org.ptl.model.ConditionalExpression;
import org.ptl.model.Expression;
import org.ptl.model.MembershipExpression;
import org.ptl.model.NumberLiteral;
import org.ptl.model.RegionBound;
import org.ptl.model.Transform;
import org.ptl.model.UnaryExpression;
import org.ptl.model.Variable;
import org.ptl.model.VariableReference;

/**
 * The types of PTL expressions: a number (64-bit unsigned) or a boolean. Computes an expression's
 * type and reports, through the given sink, each place where an operand has the wrong one or a
 * function gets the wrong number of arguments; a wrong operand is reported once, where it is, and
 * its expression then counts as having the type it should have so that one mistake gives one
 * finding.
 */
final class ExpressionTypes {

	enum Type {
		NUMBER, BOOLEAN;

		String text() {
			return this == NUMBER ? "a number" : "a boolean";
		}
	}

	private final BiConsumer<EObject, String> problems;

	ExpressionTypes(BiConsumer<EObject, String> problems) {
		this.problems = problems;
	}

	/** Checks that the expression has the type, reporting where it does not. */
	void expect(Expression expression, Type type, String what) {
		if (expression == null) {
			return;
		}
		Type actual = typeOf(expression);
		if (actual != type) {
			problems.accept(expression, what + " must be " + type.text() + ", not " + actual.text());
		}
	}

	Type typeOf(Expression expression) {
		if (expression == null || expression instanceof NumberLiteral || expression instanceof RegionBound) {
			return Type.NUMBER;
		}
		if (expression instanceof BooleanLiteral) {
			return Type.BOOLEAN;
		}
		if (expression instanceof VariableReference reference) {
			Variable variable = reference.getVariable();
			return variable != null && !variable.eIsProxy() && variable.isBoolean() ? Type.BOOLEAN : Type.NUMBER;
		}
		if (expression instanceof UnaryExpression unary) {
			Type operand = unary.getOperator() == org.ptl.model.UnaryOperator.NOT ? Type.BOOLEAN : Type.NUMBER;
			expect(unary.getOperand(), operand, "the operand of '" + unary.getOperator().getLiteral() + "'");
			return operand;
		}
		if (expression instanceof ConditionalExpression conditional) {
			expect(conditional.getCondition(), Type.BOOLEAN, "the condition of '?:'");
			Type whenTrue = typeOf(conditional.getWhenTrue());
			expect(conditional.getWhenFalse(), whenTrue, "the second branch of '?:', like the first,");
			return whenTrue;
		}
		if (expression instanceof BinaryExpression binary) {
			return binary(binary);
		}
		if (expression instanceof MembershipExpression membership) {
			expect(membership.getElement(), Type.NUMBER, "an address tested against a region");
			return Type.BOOLEAN;
		}
		if (expression instanceof CallExpression call) {
			return call(call);
		}
		return Type.NUMBER;
	}

	private Type binary(BinaryExpression binary) {
		String operator = "'" + binary.getOperator().getLiteral() + "'";
		switch (binary.getOperator()) {
		case AND, OR -> {
			expect(binary.getLeft(), Type.BOOLEAN, "the left operand of " + operator);
			expect(binary.getRight(), Type.BOOLEAN, "the right operand of " + operator);
			return Type.BOOLEAN;
		}
		case EQ, NE -> {
			Type left = typeOf(binary.getLeft());
			expect(binary.getRight(), left, "the right operand of " + operator + ", like the left,");
			return Type.BOOLEAN;
		}
		case LT, LE, GT, GE -> {
			expect(binary.getLeft(), Type.NUMBER, "the left operand of " + operator);
			expect(binary.getRight(), Type.NUMBER, "the right operand of " + operator);
			return Type.BOOLEAN;
		}
		default -> {
			expect(binary.getLeft(), Type.NUMBER, "the left operand of " + operator);
			expect(binary.getRight(), Type.NUMBER, "the right operand of " + operator);
			return Type.NUMBER;
		}
		}
	}

	private Type call(CallExpression call) {
		Transform transform = call.getTransform();
		String name = transform != null ? transform.getName() : call.getBuiltin().getLiteral();
		int expected = transform != null ? 1 : arity(call.getBuiltin());
		if (call.getArguments().size() != expected) {
			problems.accept(call, name + " takes " + expected + " argument" + (expected == 1 ? "" : "s") + ", not "
					+ call.getArguments().size());
		}
		for (Expression argument : call.getArguments()) {
			expect(argument, Type.NUMBER, "an argument of " + name);
		}
		return Type.NUMBER;
	}

	private static int arity(org.ptl.model.Builtin builtin) {
		return switch (builtin) {
		case BIT, FLS64 -> 1;
		case GENMASK, MAX, MIN, ALIGN_DOWN, ALIGN_UP -> 2;
		case NONE -> 0;
		};
	}
}
