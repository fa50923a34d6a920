package org.ptl.lang.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.ptl.lang.validation.ExpressionTypes.Type;
import org.ptl.model.BitPicture;
import org.ptl.model.BitSlice;
import org.ptl.model.CallExpression;
import org.ptl.model.DerivedValue;
import org.ptl.model.Expression;
import org.ptl.model.Layout;
import org.ptl.model.LayoutCondition;
import org.ptl.model.LayoutInput;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.Region;
import org.ptl.model.RegionBound;
import org.ptl.model.Transform;
import org.ptl.model.VariableReference;
import org.ptl.model.expr.LayoutEvaluation;
import org.ptl.model.expr.LayoutInputs;
import org.ptl.model.expr.LayoutTexts;
import org.ptl.model.expr.Property;

/**
 * Checks address-space layouts: types of every expression, dependency cycles, input ranges and
 * defaults, and then the layout computed for its defaults, where every property must hold (no
 * fault, values that fit, disjoint regions that keep their bits, true invariants and
 * assumptions). Whether the properties hold for every other input is the prover's question
 * (ptl explore, and ptl check with a time limit).
 */
public class LayoutValidator extends PtlCheckValidator {

	@Check
	public void layoutIsSound(Layout layout) {
		int before = errorCount();
		checkTypes(layout);
		checkCycles(layout);
		checkInputs(layout);
		if (errorCount() == before && !hasUnresolvedReferences(layout)) {
			checkDefaults(layout);
		}
	}

	private int errors;

	private int errorCount() {
		return errors;
	}

	private void error(PtlCheck check, String message, EObject source, EStructuralFeature feature) {
		errors++;
		report(check, message, source, feature);
	}

	private void checkTypes(Layout layout) {
		ExpressionTypes types = new ExpressionTypes(
				(element, message) -> error(PtlCheck.LAYOUT_TYPE, message, element, null));
		for (LayoutInput input : layout.getInputs()) {
			types.expect(input.getDefaultValue(), input.isBoolean() ? Type.BOOLEAN : Type.NUMBER,
					"the default of '" + input.getName() + "'");
			for (VariableReference reference : EcoreUtil2.eAllOfType(input, VariableReference.class)) {
				error(PtlCheck.LAYOUT_TYPE, "the default of '" + input.getName() + "' must be a constant", reference, null);
			}
		}
		for (DerivedValue value : layout.getValues()) {
			types.expect(value.getExpression(), value.isBoolean() ? Type.BOOLEAN : Type.NUMBER, "'" + value.getName() + "'");
		}
		for (Transform transform : layout.getTransforms()) {
			types.expect(transform.getBody(), Type.NUMBER, "the result of '" + transform.getName() + "'");
			for (Expression sample : transform.getSamples()) {
				types.expect(sample, Type.NUMBER, "a sample of '" + transform.getName() + "'");
			}
		}
		for (Region region : layout.getRegions()) {
			for (Expression bound : present(region.getStart(), region.getEnd(), region.getBase(), region.getLimit(),
					region.getKeptBit())) {
				types.expect(bound, Type.NUMBER, "a bound of region '" + region.getName() + "'");
			}
		}
		for (BitPicture picture : layout.getPictures()) {
			types.expect(picture.getValue(), Type.NUMBER, "the value of picture '" + picture.getName() + "'");
			for (BitSlice slice : picture.getSlices()) {
				types.expect(slice.getHigh(), Type.NUMBER, "a bit of slice '" + slice.getName() + "'");
				types.expect(slice.getLow(), Type.NUMBER, "a bit of slice '" + slice.getName() + "'");
				types.expect(slice.getValue(), Type.NUMBER, "the value of slice '" + slice.getName() + "'");
			}
		}
		for (LayoutCondition condition : conditions(layout)) {
			types.expect(condition.getCondition(), Type.BOOLEAN, "'" + condition.getName() + "'");
		}
	}

	private static List<Expression> present(Expression... expressions) {
		return java.util.Arrays.stream(expressions).filter(java.util.Objects::nonNull).toList();
	}

	private static List<LayoutCondition> conditions(Layout layout) {
		List<LayoutCondition> conditions = new ArrayList<>(layout.getAssumptions());
		conditions.addAll(layout.getInvariants());
		return conditions;
	}

	/** Derived values, regions and transformations form a graph by what their expressions read. */
	private void checkCycles(Layout layout) {
		Map<EObject, Set<EObject>> reads = new HashMap<>();
		for (DerivedValue value : layout.getValues()) {
			reads.put(value, readsOf(value.getExpression()));
		}
		for (Region region : layout.getRegions()) {
			Set<EObject> read = new LinkedHashSet<>();
			for (Expression bound : present(region.getStart(), region.getEnd(), region.getBase(), region.getLimit())) {
				read.addAll(readsOf(bound));
			}
			reads.put(region, read);
		}
		for (Transform transform : layout.getTransforms()) {
			reads.put(transform, readsOf(transform.getBody()));
		}
		Set<EObject> reported = new HashSet<>();
		for (EObject start : reads.keySet()) {
			List<EObject> cycle = cycleThrough(start, reads);
			if (cycle != null && reported.add(start)) {
				String path = String.join(" -> ", cycle.stream().map(LayoutValidator::nameOf).toList());
				error(PtlCheck.LAYOUT_CYCLE, "'" + nameOf(start) + "' depends on itself: " + path, start,
						Literals.NAMED__NAME);
			}
		}
	}

	private static Set<EObject> readsOf(Expression expression) {
		Set<EObject> read = new LinkedHashSet<>();
		if (expression == null) {
			return read;
		}
		List<EObject> nodes = new ArrayList<>(EcoreUtil2.eAllOfType(expression, EObject.class));
		nodes.add(expression);
		for (EObject node : nodes) {
			if (node instanceof VariableReference reference && reference.getVariable() instanceof DerivedValue value) {
				read.add(value);
			} else if (node instanceof RegionBound bound && bound.getRegion() != null && !bound.getRegion().eIsProxy()) {
				read.add(bound.getRegion());
			} else if (node instanceof org.ptl.model.MembershipExpression member && member.getRegion() != null
					&& !member.getRegion().eIsProxy()) {
				read.add(member.getRegion());
			} else if (node instanceof CallExpression call && call.getTransform() != null && !call.getTransform().eIsProxy()) {
				read.add(call.getTransform());
			}
		}
		return read;
	}

	/** The path from start back to itself, or null. */
	private static List<EObject> cycleThrough(EObject start, Map<EObject, Set<EObject>> reads) {
		List<EObject> path = new ArrayList<>();
		path.add(start);
		return search(start, start, reads, path, new HashSet<>()) ? path : null;
	}

	private static boolean search(EObject target, EObject at, Map<EObject, Set<EObject>> reads, List<EObject> path,
			Set<EObject> seen) {
		for (EObject next : reads.getOrDefault(at, Set.of())) {
			path.add(next);
			if (next == target || seen.add(next) && search(target, next, reads, path, seen)) {
				return true;
			}
			path.remove(path.size() - 1);
		}
		return false;
	}

	private static String nameOf(EObject element) {
		return element instanceof org.ptl.model.Named named ? named.getName() : element.eClass().getName();
	}

	private void checkInputs(Layout layout) {
		for (LayoutInput input : layout.getInputs()) {
			if (input.getRange() != null && Long.compareUnsigned(input.getRange().getMin(), input.getRange().getMax()) > 0) {
				error(PtlCheck.LAYOUT_INPUT_RANGE, "input '" + input.getName() + "': the range "
						+ hex(input.getRange().getMin()) + " .. " + hex(input.getRange().getMax()) + " is empty",
						input, Literals.LAYOUT_INPUT__RANGE);
			}
			long alignment = input.getAlignment();
			if (input.eIsSet(Literals.LAYOUT_INPUT__ALIGNMENT) && (alignment == 0 || (alignment & (alignment - 1)) != 0)) {
				error(PtlCheck.LAYOUT_INPUT_RANGE, "input '" + input.getName() + "': an alignment of " + hex(alignment)
						+ " is not a power of two", input, Literals.LAYOUT_INPUT__ALIGNMENT);
			}
			if (input.isBoolean() && (input.getRange() != null || !input.getChoices().isEmpty())) {
				error(PtlCheck.LAYOUT_INPUT_RANGE, "input '" + input.getName() + "' is a boolean: it takes no range",
						input, Literals.LAYOUT_INPUT__RANGE);
			}
		}
	}

	private void checkDefaults(Layout layout) {
		Map<LayoutInput, Long> defaults = LayoutInputs.defaults(layout);
		LayoutEvaluation<Long, Boolean> evaluation = LayoutInputs.evaluate(layout, defaults);
		boolean inRange = true;
		for (LayoutInput input : layout.getInputs()) {
			if (!evaluation.inDomain(input, defaults.get(input))) {
				inRange = false;
				error(PtlCheck.LAYOUT_INPUT_RANGE, "input '" + input.getName() + "': the default " + hex(defaults.get(input))
						+ " is not one of its values (" + LayoutTexts.domain(input) + ")", input,
						Literals.LAYOUT_INPUT__DEFAULT_VALUE);
			}
		}
		if (!inRange) {
			return;
		}
		for (Property<Boolean> property : evaluation.properties()) {
			if (!property.holds()) {
				reportFailed(evaluation, property);
			}
		}
	}

	private void reportFailed(LayoutEvaluation<Long, Boolean> evaluation, Property<Boolean> property) {
		EObject element = property.element();
		String message = property.kind() == Property.Kind.ASSUMPTION
				? "the defaults break " + property.description()
				: LayoutTexts.failure(evaluation, property) + " for the defaults";
		switch (property.kind()) {
		case NO_FAULT -> report(PtlCheck.LAYOUT_OVERFLOW, message, element, null);
		case VALUE_WIDTH -> report(PtlCheck.LAYOUT_VALUE_WIDTH, message, element,
				element instanceof DerivedValue ? Literals.NAMED__NAME : null);
		case DISJOINT_REGIONS -> report(PtlCheck.LAYOUT_REGION_OVERLAP, message, element, Literals.NAMED__NAME);
		case KEPT_BIT -> report(PtlCheck.LAYOUT_REGION_CROSSES_BIT, message, element, Literals.REGION__KEPT_BIT);
		case REGION_BOUNDS -> report(PtlCheck.LAYOUT_REGION_BOUNDS, message, element, Literals.NAMED__NAME);
		case INVARIANT, ASSUMPTION -> report(PtlCheck.LAYOUT_INVARIANT_FALSE, message, element, Literals.NAMED__NAME);
		}
	}

	/** The check a property is reported under. */
	public static PtlCheck checkOf(Property.Kind kind) {
		return switch (kind) {
		case NO_FAULT -> PtlCheck.LAYOUT_OVERFLOW;
		case VALUE_WIDTH -> PtlCheck.LAYOUT_VALUE_WIDTH;
		case DISJOINT_REGIONS -> PtlCheck.LAYOUT_REGION_OVERLAP;
		case KEPT_BIT -> PtlCheck.LAYOUT_REGION_CROSSES_BIT;
		case REGION_BOUNDS -> PtlCheck.LAYOUT_REGION_BOUNDS;
		case INVARIANT, ASSUMPTION -> PtlCheck.LAYOUT_INVARIANT_FALSE;
		};
	}

	private static boolean hasUnresolvedReferences(Layout layout) {
		for (EObject node : EcoreUtil2.eAllOfType(layout, EObject.class)) {
			for (EObject target : node.eCrossReferences()) {
				if (target.eIsProxy()) {
					return true;
				}
			}
		}
		return false;
	}

	private static String hex(long value) {
		return LayoutTexts.hex(value);
	}
}
