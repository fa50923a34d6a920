package org.ptl.model.expr;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.ptl.model.BitSlice;
import org.ptl.model.DerivedValue;
import org.ptl.model.Layout;
import org.ptl.model.LayoutInput;
import org.ptl.model.Region;
import org.ptl.model.expr.ExpressionInterpreter.Extent;

/**
 * How layouts are written in messages: values in hex, regions as [start, end) with their size,
 * an input's allowed values, and why a concrete property failed, with the numbers that show it.
 * Shared by the checks, the prover's counterexamples and {@code ptl layout}.
 */
public final class LayoutTexts {

	private LayoutTexts() {
	}

	public static String hex(long value) {
		return "0x" + Long.toHexString(value);
	}

	/** A value as a reader of kernel code expects it: small ones in decimal, the rest in hex. */
	public static String number(long value) {
		return Long.compareUnsigned(value, 4096) < 0 ? Long.toString(value) : hex(value);
	}

	public static String extent(Extent<Long> extent) {
		return "[" + hex(extent.start()) + ", " + hex(extent.end()) + ")";
	}

	public static String domain(LayoutInput input) {
		StringBuilder text = new StringBuilder();
		if (input.isBoolean()) {
			return "true or false";
		}
		if (input.getRange() != null) {
			text.append(number(input.getRange().getMin())).append(" .. ").append(number(input.getRange().getMax()));
		}
		if (!input.getChoices().isEmpty()) {
			text.append(text.isEmpty() ? "" : ", ").append("one of ").append(input.getChoices().stream()
					.map(LayoutTexts::number).collect(Collectors.joining(", ", "{", "}")));
		}
		if (input.getAlignment() > 1) {
			text.append(text.isEmpty() ? "" : ", ").append("aligned to ").append(number(input.getAlignment()));
		}
		if (input.isSetWidth() && input.getWidth() < 64) {
			text.append(text.isEmpty() ? "" : ", ").append(input.getWidth()).append(" bits");
		}
		return text.isEmpty() ? "any 64-bit value" : text.toString();
	}

	public static String widthFailure(LayoutEvaluation<Long, Boolean> evaluation, EObject element) {
		if (element instanceof DerivedValue value) {
			return "'" + value.getName() + "' = " + hex(evaluation.value(value)) + " does not fit in " + value.getWidth()
					+ " bits";
		}
		BitSlice slice = (BitSlice) element;
		ExpressionInterpreter<Long, Boolean> interpreter = evaluation.interpreter();
		long high = interpreter.value(slice.getHigh(), true);
		long low = slice.getLow() == null ? high : interpreter.value(slice.getLow(), true);
		return "slice '" + slice.getName() + "' [" + high + ":" + low + "] cannot hold "
				+ hex(interpreter.value(slice.getValue(), true));
	}

	public static String overlapFailure(LayoutEvaluation<Long, Boolean> evaluation, Region second) {
		Layout layout = evaluation.layout();
		for (Region first : layout.getRegions()) {
			if (first == second) {
				break;
			}
			if (evaluation.overlap(first, second)) {
				return "regions '" + first.getName() + "' " + extent(evaluation.extent(first)) + " and '" + second.getName()
						+ "' " + extent(evaluation.extent(second)) + " share addresses";
			}
		}
		return "region '" + second.getName() + "' overlaps another";
	}

	public static String crossing(LayoutEvaluation<Long, Boolean> evaluation, Region region) {
		long bit = evaluation.interpreter().value(region.getKeptBit(), true);
		return "region '" + region.getName() + "' " + extent(evaluation.extent(region)) + " crosses bit " + bit;
	}

	/** Why a property failed for concrete inputs, with the numbers that show it. */
	public static String failure(LayoutEvaluation<Long, Boolean> evaluation, Property<Boolean> property) {
		EObject element = property.element();
		return switch (property.kind()) {
		case NO_FAULT -> property.description();
		case VALUE_WIDTH -> widthFailure(evaluation, element);
		case DISJOINT_REGIONS -> overlapFailure(evaluation, (Region) element);
		case KEPT_BIT -> crossing(evaluation, (Region) element);
		case REGION_BOUNDS -> {
			Extent<Long> extent = evaluation.extent((Region) element);
			yield "region '" + ((Region) element).getName() + "' ends at " + hex(extent.end()) + ", before it starts at "
					+ hex(extent.start());
		}
		case INVARIANT -> property.description() + " is false";
		case ASSUMPTION -> property.description() + " does not hold";
		};
	}

	/** A size as people say it: 4 KiB, 2 MiB, 1.5 GiB, or bytes. */
	public static String size(long bytes) {
		String[] units = { "B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
		double value = bytes < 0 ? bytes + 0x1p64 : bytes;
		int unit = 0;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value))
				+ " " + units[unit];
	}
}
