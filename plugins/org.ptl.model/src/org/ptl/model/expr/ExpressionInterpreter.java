package org.ptl.model.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.ptl.model.BinaryExpression;
import org.ptl.model.BooleanLiteral;
import org.ptl.model.CallExpression;
import org.ptl.model.ConditionalExpression;
import org.ptl.model.Expression;
import org.ptl.model.MembershipExpression;
import org.ptl.model.NumberLiteral;
import org.ptl.model.Region;
import org.ptl.model.RegionBound;
import org.ptl.model.Transform;
import org.ptl.model.TransformParameter;
import org.ptl.model.UnaryExpression;
import org.ptl.model.Variable;
import org.ptl.model.VariableReference;
import org.ptl.model.expr.WordAlgebra.Checked;

/**
 * Computes PTL expressions in any {@link WordAlgebra}, with C's meaning of every operator, and
 * collects the {@link Fault}s on the way, each under the path condition that reaches it: a fault
 * in the branch of a {@code ?:} or on the right of {@code &&} that is not taken is no fault.
 * Variables and regions come from the caller (a layout computes them once); a transformation's
 * parameter is bound for the call. Elements the parser could not complete count as 0.
 */
public final class ExpressionInterpreter<W, B> {

	/** A region's addresses, [start, end). */
	public record Extent<W>(W start, W end) {
	}

	private final WordAlgebra<W, B> algebra;
	private final Function<Variable, W> variables;
	private final Function<Region, Extent<W>> regions;
	private final List<Fault<B>> faults = new ArrayList<>();
	private final Map<TransformParameter, W> parameters = new HashMap<>();
	private final Set<Transform> calling = new HashSet<>();

	public ExpressionInterpreter(WordAlgebra<W, B> algebra, Function<Variable, W> variables,
			Function<Region, Extent<W>> regions) {
		this.algebra = algebra;
		this.variables = variables;
		this.regions = regions;
	}

	public WordAlgebra<W, B> algebra() {
		return algebra;
	}

	/** The faults found so far, in the order they were met. */
	public List<Fault<B>> faults() {
		return faults;
	}

	/** Records a fault of the caller's own (a region, a width) under the given condition. */
	public void fault(Expression site, String message, B condition) {
		if (!algebra.isFalse(condition)) {
			faults.add(new Fault<>(site, message, condition));
		}
	}

	public W value(Expression expression, B path) {
		if (expression == null) {
			return algebra.constant(0);
		}
		if (expression instanceof NumberLiteral literal) {
			return algebra.constant(literal.getValue());
		}
		if (expression instanceof BooleanLiteral literal) {
			return algebra.word(algebra.truth(literal.isValue()));
		}
		if (expression instanceof VariableReference reference) {
			return variable(reference.getVariable());
		}
		if (expression instanceof UnaryExpression unary) {
			W operand = value(unary.getOperand(), path);
			return switch (unary.getOperator()) {
			case NOT -> algebra.word(algebra.negate(algebra.isTrue(operand)));
			case COMPLEMENT -> algebra.complement(operand);
			};
		}
		if (expression instanceof ConditionalExpression conditional) {
			B condition = truth(conditional.getCondition(), path);
			W whenTrue = value(conditional.getWhenTrue(), algebra.all(path, condition));
			W whenFalse = value(conditional.getWhenFalse(), algebra.all(path, algebra.negate(condition)));
			return algebra.choose(condition, whenTrue, whenFalse);
		}
		if (expression instanceof BinaryExpression binary) {
			return binary(binary, path);
		}
		if (expression instanceof CallExpression call) {
			return call(call, path);
		}
		if (expression instanceof RegionBound bound) {
			return bound(bound, path);
		}
		if (expression instanceof MembershipExpression membership) {
			W address = value(membership.getElement(), path);
			Extent<W> extent = extent(membership.getRegion());
			B inside = algebra.all(algebra.negate(algebra.lessThan(address, extent.start())),
					algebra.lessThan(address, extent.end()));
			return algebra.word(membership.isNegated() ? algebra.negate(inside) : inside);
		}
		throw new IllegalArgumentException("no meaning for " + expression.eClass().getName());
	}

	public B truth(Expression expression, B path) {
		return algebra.isTrue(value(expression, path));
	}

	private W variable(Variable variable) {
		if (variable == null || variable.eIsProxy()) {
			return algebra.constant(0);
		}
		if (variable instanceof TransformParameter parameter) {
			W bound = parameters.get(parameter);
			return bound != null ? bound : algebra.constant(0);
		}
		return variables.apply(variable);
	}

	private Extent<W> extent(Region region) {
		return region == null || region.eIsProxy() ? new Extent<>(algebra.constant(0), algebra.constant(0))
				: regions.apply(region);
	}

	private W bound(RegionBound bound, B path) {
		Extent<W> extent = extent(bound.getRegion());
		return switch (bound.getBound()) {
		case START -> extent.start();
		case END -> extent.end();
		case SIZE -> checked(bound, "the region's size", algebra.subtract(extent.end(), extent.start()), path,
				"ends before it starts");
		};
	}

	private W binary(BinaryExpression binary, B path) {
		W left = value(binary.getLeft(), path);
		switch (binary.getOperator()) {
		case AND -> {
			B first = algebra.isTrue(left);
			B second = truth(binary.getRight(), algebra.all(path, first));
			return algebra.word(algebra.all(first, second));
		}
		case OR -> {
			B first = algebra.isTrue(left);
			B second = truth(binary.getRight(), algebra.all(path, algebra.negate(first)));
			return algebra.word(algebra.any(first, second));
		}
		default -> {
		}
		}
		W right = value(binary.getRight(), path);
		return switch (binary.getOperator()) {
		case BIT_OR -> algebra.or(left, right);
		case BIT_XOR -> algebra.xor(left, right);
		case BIT_AND -> algebra.and(left, right);
		case EQ -> algebra.word(algebra.equal(left, right));
		case NE -> algebra.word(algebra.negate(algebra.equal(left, right)));
		case LT -> algebra.word(algebra.lessThan(left, right));
		case LE -> algebra.word(algebra.negate(algebra.lessThan(right, left)));
		case GT -> algebra.word(algebra.lessThan(right, left));
		case GE -> algebra.word(algebra.negate(algebra.lessThan(left, right)));
		case SHL -> checked(binary, "'<<'", algebra.shiftLeft(left, right), path, "shifts by 64 or more");
		case SHR -> checked(binary, "'>>'", algebra.shiftRight(left, right), path, "shifts by 64 or more");
		case ADD -> checked(binary, "'+'", algebra.add(left, right), path, "overflows 64 bits");
		case SUB -> checked(binary, "'-'", algebra.subtract(left, right), path, "goes below 0");
		case MUL -> checked(binary, "'*'", algebra.multiply(left, right), path, "overflows 64 bits");
		case AND, OR -> throw new IllegalStateException("handled above");
		};
	}

	private W checked(Expression site, String what, Checked<W, B> result, B path, String problem) {
		fault(site, what + " " + problem, algebra.all(path, result.fault()));
		return result.value();
	}

	private W call(CallExpression call, B path) {
		List<W> arguments = new ArrayList<>();
		for (Expression argument : call.getArguments()) {
			arguments.add(value(argument, path));
		}
		if (call.getTransform() != null) {
			return transform(call, call.getTransform(), arguments, path);
		}
		W zero = algebra.constant(0);
		W first = arguments.isEmpty() ? zero : arguments.get(0);
		W second = arguments.size() < 2 ? zero : arguments.get(1);
		return switch (call.getBuiltin()) {
		case BIT -> checked(call, "BIT(n)", algebra.shiftLeft(algebra.constant(1), first), path, "needs n < 64");
		case GENMASK -> genmask(call, first, second, path);
		case FLS64 -> algebra.highestBit(first);
		case MAX -> algebra.choose(algebra.lessThan(first, second), second, first);
		case MIN -> algebra.choose(algebra.lessThan(second, first), second, first);
		case ALIGN_DOWN -> alignDown(call, first, second, path);
		case ALIGN_UP -> {
			W mask = algebra.subtract(second, algebra.constant(1)).value();
			W raised = checked(call, "align_up(x, a)", algebra.add(first, mask), path, "overflows 64 bits");
			yield alignDown(call, raised, second, path);
		}
		case NONE -> zero;
		};
	}

	/** GENMASK(h, l): bits h..l set; needs l <= h <= 63, as the kernel's BUILD_BUG_ON does. */
	private W genmask(CallExpression call, W high, W low, B path) {
		W sixtyThree = algebra.constant(63);
		B wrong = algebra.any(algebra.lessThan(sixtyThree, high), algebra.lessThan(high, low));
		fault(call, "GENMASK(h, l) needs l <= h <= 63", algebra.all(path, wrong));
		B safe = algebra.negate(wrong);
		W ones = algebra.constant(-1L);
		W lowBits = algebra.shiftLeft(ones, algebra.choose(safe, low, algebra.constant(0))).value();
		W highBits = algebra.shiftRight(ones,
				algebra.subtract(sixtyThree, algebra.choose(safe, high, sixtyThree)).value()).value();
		return algebra.choose(safe, algebra.and(lowBits, highBits), algebra.constant(0));
	}

	private W alignDown(CallExpression call, W value, W alignment, B path) {
		W one = algebra.constant(1);
		W mask = algebra.subtract(alignment, one).value();
		B notPowerOfTwo = algebra.any(algebra.equal(alignment, algebra.constant(0)),
				algebra.negate(algebra.equal(algebra.and(alignment, mask), algebra.constant(0))));
		fault(call, call.getBuiltin().getLiteral() + "(x, a) needs a power of two for a", algebra.all(path, notPowerOfTwo));
		return algebra.and(value, algebra.complement(mask));
	}

	/** A transformation applied to one argument, as a call would apply it. */
	public W apply(Transform transform, W argument) {
		return transform(transform.getBody(), transform, List.of(argument), algebra.truth(true));
	}

	private W transform(Expression call, Transform transform, List<W> arguments, B path) {
		if (transform.eIsProxy() || transform.getParameter() == null || !calling.add(transform)) {
			fault(call, "transformation " + transform.getName() + " calls itself", path);
			return algebra.constant(0);
		}
		TransformParameter parameter = transform.getParameter();
		W previous = parameters.put(parameter, arguments.isEmpty() ? algebra.constant(0) : arguments.get(0));
		try {
			return value(transform.getBody(), path);
		} finally {
			calling.remove(transform);
			if (previous == null) {
				parameters.remove(parameter);
			} else {
				parameters.put(parameter, previous);
			}
		}
	}
}
