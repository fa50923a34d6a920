package org.ptl.model.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ptl.model.BitPicture;
import org.ptl.model.BitSlice;
import org.ptl.model.DerivedValue;
import org.ptl.model.Expression;
import org.ptl.model.Layout;
import org.ptl.model.LayoutCondition;
import org.ptl.model.LayoutInput;
import org.ptl.model.Region;
import org.ptl.model.Variable;
import org.ptl.model.expr.ExpressionInterpreter.Extent;

/**
 * A layout computed in one algebra for one assignment of its inputs: every derived value (once, in
 * the order they depend on each other), every region's extent, and the {@link Property properties}
 * the layout must keep, with the faults met on the way. With {@link LongAlgebra} it is the layout
 * for concrete inputs (what {@code ptl layout} prints and the defaults check); with a circuit
 * algebra it is the formula the prover decides for all inputs.
 */
public final class LayoutEvaluation<W, B> {

	private final Layout layout;
	private final WordAlgebra<W, B> algebra;
	private final Map<LayoutInput, W> inputs;
	private final Map<Variable, W> values = new HashMap<>();
	private final Set<Variable> computing = new HashSet<>();
	private final Map<Region, Extent<W>> extents = new HashMap<>();
	private final Set<Region> extending = new HashSet<>();
	private final ExpressionInterpreter<W, B> interpreter;

	public LayoutEvaluation(Layout layout, WordAlgebra<W, B> algebra, Map<LayoutInput, W> inputs) {
		this.layout = layout;
		this.algebra = algebra;
		this.inputs = inputs;
		this.interpreter = new ExpressionInterpreter<>(algebra, this::value, this::extent);
	}

	public Layout layout() {
		return layout;
	}

	public WordAlgebra<W, B> algebra() {
		return algebra;
	}

	public ExpressionInterpreter<W, B> interpreter() {
		return interpreter;
	}

	/** The value of an input or a derived value. */
	public W value(Variable variable) {
		if (variable instanceof LayoutInput input) {
			W value = inputs.get(input);
			return value != null ? value : algebra.constant(0);
		}
		W known = values.get(variable);
		if (known != null) {
			return known;
		}
		if (!(variable instanceof DerivedValue derived) || !computing.add(variable)) {
			// a cycle: the validator reports it (layout.cycle); here it only must not recurse forever
			return algebra.constant(0);
		}
		W value = interpreter.value(derived.getExpression(), algebra.truth(true));
		computing.remove(variable);
		values.put(variable, value);
		return value;
	}

	/** A region's addresses, [start, end): for a growing region, from its limit or to it. */
	public Extent<W> extent(Region region) {
		Extent<W> known = extents.get(region);
		if (known != null) {
			return known;
		}
		if (!extending.add(region)) {
			return new Extent<>(algebra.constant(0), algebra.constant(0));
		}
		B always = algebra.truth(true);
		Extent<W> extent;
		if (region.getBase() != null) {
			W base = interpreter.value(region.getBase(), always);
			W limit = interpreter.value(region.getLimit(), always);
			extent = region.getDirection() == org.ptl.model.GrowthDirection.DOWN ? new Extent<>(limit, base)
					: new Extent<>(base, limit);
		} else {
			extent = new Extent<>(interpreter.value(region.getStart(), always), interpreter.value(region.getEnd(), always));
		}
		extending.remove(region);
		extents.put(region, extent);
		return extent;
	}

	/** Whether every input lies in its range, choices, alignment and width, and every assumption holds. */
	public B inputsAllowed() {
		B allowed = algebra.truth(true);
		for (LayoutInput input : layout.getInputs()) {
			allowed = algebra.all(allowed, inDomain(input, value(input)));
		}
		for (LayoutCondition assumption : layout.getAssumptions()) {
			allowed = algebra.all(allowed, interpreter.truth(assumption.getCondition(), algebra.truth(true)));
		}
		return allowed;
	}

	/** Whether a value is one the input may take (its assumptions aside). */
	public B inDomain(LayoutInput input, W value) {
		B allowed = algebra.truth(true);
		if (input.isBoolean()) {
			allowed = algebra.negate(algebra.lessThan(algebra.constant(1), value));
		} else if (input.isSetWidth() && input.getWidth() < 64) {
			allowed = algebra.lessThan(value, algebra.constant(1L << input.getWidth()));
		}
		if (input.getRange() != null) {
			allowed = algebra.all(allowed, algebra.negate(algebra.lessThan(value, algebra.constant(input.getRange().getMin()))));
			allowed = algebra.all(allowed, algebra.negate(algebra.lessThan(algebra.constant(input.getRange().getMax()), value)));
		}
		if (!input.getChoices().isEmpty()) {
			B chosen = algebra.truth(false);
			for (long choice : input.getChoices()) {
				chosen = algebra.any(chosen, algebra.equal(value, algebra.constant(choice)));
			}
			allowed = algebra.all(allowed, chosen);
		}
		if (input.getAlignment() > 1) {
			W low = algebra.and(value, algebra.constant(input.getAlignment() - 1));
			allowed = algebra.all(allowed, algebra.equal(low, algebra.constant(0)));
		}
		return allowed;
	}

	/**
	 * Everything the layout promises, computed now: invariants, disjoint regions, kept bits,
	 * region bounds, widths of values and picture slices, and (last, since computing the others
	 * may meet more) no fault anywhere.
	 */
	public List<Property<B>> properties() {
		List<Property<B>> properties = new ArrayList<>();
		B always = algebra.truth(true);
		for (DerivedValue derived : layout.getValues()) {
			W value = value(derived);
			if (!derived.isBoolean() && derived.isSetWidth() && derived.getWidth() < 64) {
				properties.add(new Property<>(Property.Kind.VALUE_WIDTH, derived,
						"'" + derived.getName() + "' fits in " + derived.getWidth() + " bits",
						algebra.lessThan(value, algebra.constant(1L << Math.max(0, derived.getWidth())))));
			}
		}
		for (LayoutCondition invariant : layout.getInvariants()) {
			properties.add(new Property<>(Property.Kind.INVARIANT, invariant, "invariant '" + invariant.getName() + "'",
					interpreter.truth(invariant.getCondition(), always)));
		}
		List<Region> regions = layout.getRegions();
		for (Region region : regions) {
			Extent<W> extent = extent(region);
			properties.add(new Property<>(Property.Kind.REGION_BOUNDS, region,
					"region '" + region.getName() + "' does not end before it starts",
					algebra.negate(algebra.lessThan(extent.end(), extent.start()))));
			if (region.getKeptBit() != null) {
				properties.add(new Property<>(Property.Kind.KEPT_BIT, region,
						"region '" + region.getName() + "' keeps its bit", keepsBit(region, extent)));
			}
		}
		for (int i = 0; i < regions.size(); i++) {
			for (int j = i + 1; j < regions.size(); j++) {
				Region first = regions.get(i);
				Region second = regions.get(j);
				if (!first.getOverlaps().contains(second) && !second.getOverlaps().contains(first)) {
					properties.add(new Property<>(Property.Kind.DISJOINT_REGIONS, second, "regions '" + first.getName()
							+ "' and '" + second.getName() + "' share no address", algebra.negate(overlap(first, second))));
				}
			}
		}
		for (org.ptl.model.Transform transform : layout.getTransforms()) {
			for (Expression sample : transform.getSamples()) {
				interpreter.value(sample, always);
			}
		}
		for (BitPicture picture : layout.getPictures()) {
			interpreter.value(picture.getValue(), always);
			for (BitSlice slice : picture.getSlices()) {
				if (slice.getValue() != null) {
					properties.add(new Property<>(Property.Kind.VALUE_WIDTH, slice,
							"the value of slice '" + slice.getName() + "' fits its bits", sliceFits(slice)));
				}
			}
		}
		for (LayoutCondition assumption : layout.getAssumptions()) {
			properties.add(new Property<>(Property.Kind.ASSUMPTION, assumption, "assumption '" + assumption.getName() + "'",
					interpreter.truth(assumption.getCondition(), always)));
		}
		for (Fault<B> fault : List.copyOf(interpreter.faults())) {
			properties.add(new Property<>(Property.Kind.NO_FAULT, fault.site(), fault.message(),
					algebra.negate(fault.condition())));
		}
		return properties;
	}

	/** Two non-empty regions that share an address. */
	public B overlap(Region first, Region second) {
		Extent<W> a = extent(first);
		Extent<W> b = extent(second);
		B bothNonEmpty = algebra.all(algebra.lessThan(a.start(), a.end()), algebra.lessThan(b.start(), b.end()));
		return algebra.all(bothNonEmpty,
				algebra.all(algebra.lessThan(a.start(), b.end()), algebra.lessThan(b.start(), a.end())));
	}

	/** No two addresses of a non-empty region differ in the kept bit: start and last agree from it up. */
	private B keepsBit(Region region, Extent<W> extent) {
		B nonEmpty = algebra.lessThan(extent.start(), extent.end());
		W bit = interpreter.value(region.getKeptBit(), algebra.truth(true));
		W last = algebra.subtract(extent.end(), algebra.constant(1)).value();
		WordAlgebra.Checked<W, B> startHigh = algebra.shiftRight(extent.start(), bit);
		WordAlgebra.Checked<W, B> lastHigh = algebra.shiftRight(last, bit);
		interpreter.fault(region.getKeptBit(), "the kept bit is 64 or more", algebra.all(nonEmpty, startHigh.fault()));
		return algebra.any(algebra.negate(nonEmpty), algebra.equal(startHigh.value(), lastHigh.value()));
	}

	/** A slice's value fits bits high..low: an empty slice holds nothing, so it must be 0. */
	private B sliceFits(BitSlice slice) {
		B always = algebra.truth(true);
		W high = interpreter.value(slice.getHigh(), always);
		W low = slice.getLow() == null ? high : interpreter.value(slice.getLow(), always);
		W value = interpreter.value(slice.getValue(), always);
		B empty = algebra.lessThan(high, low);
		W width = algebra.add(algebra.subtract(high, low).value(), algebra.constant(1)).value();
		B wide = algebra.lessThan(algebra.constant(63), width);
		W above = algebra.shiftRight(value, algebra.choose(wide, algebra.constant(0), width)).value();
		B fits = algebra.any(wide, algebra.equal(above, algebra.constant(0)));
		B zero = algebra.equal(value, algebra.constant(0));
		return algebra.any(algebra.all(empty, zero), algebra.all(algebra.negate(empty), fits));
	}

	/** The expression of a variable, for messages that point at it. */
	public static Expression expressionOf(Variable variable) {
		return variable instanceof DerivedValue derived ? derived.getExpression()
				: variable instanceof LayoutInput input ? input.getDefaultValue() : null;
	}
}
