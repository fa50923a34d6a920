package org.ptl.lang.ide.hover;

import java.util.List;

import org.ptl.model.DerivedValue;
import org.ptl.model.Layout;
import org.ptl.model.LayoutInput;
import org.ptl.model.Region;
import org.ptl.model.expr.ExpressionInterpreter.Extent;
import org.ptl.model.expr.LayoutEvaluation;
import org.ptl.model.expr.LayoutInputs;
import org.ptl.model.expr.LayoutTexts;
import org.ptl.model.expr.Property;

/**
 * The hover Markdown of an address-space layout and its regions, computed for the declared
 * defaults as {@code ptl layout} computes them: for a layout its inputs, derived values, regions
 * as [start, end) with their sizes, and what fails for the defaults; for a region its extent and
 * size. (The Eclipse hover draws the layout's bit picture below this text.)
 */
final class AddressLayoutHover {

	private AddressLayoutHover() {
	}

	static String layout(Layout layout) {
		LayoutEvaluation<Long, Boolean> evaluation = LayoutInputs.evaluate(layout, LayoutInputs.defaults(layout));
		StringBuilder out = LayoutHover.headline("layout", layout);
		out.append("for the declared defaults:\n\n");
		for (LayoutInput input : layout.getInputs()) {
			out.append("- input ").append(LayoutHover.code(input.getName())).append(" = ").append(value(input.isBoolean(), evaluation.value(input))).append('\n');
		}
		for (DerivedValue value : layout.getValues()) {
			out.append("- ").append(LayoutHover.code(value.getName())).append(" = ").append(value(value.isBoolean(), evaluation.value(value))).append('\n');
		}
		out.append('\n');
		for (Region region : layout.getRegions()) {
			out.append("- region ").append(extent(evaluation, region)).append('\n');
		}
		List<Property<Boolean>> failed = evaluation.properties().stream().filter(property -> !property.holds()).toList();
		out.append('\n').append(failed.isEmpty() ? "every property holds for the defaults" : "fails for the defaults:").append("\n\n");
		for (Property<Boolean> property : failed) {
			out.append("- ").append(LayoutTexts.failure(evaluation, property)).append('\n');
		}
		return LayoutHover.description(out, layout);
	}

	static String region(Region region) {
		Layout layout = (Layout) region.eContainer();
		LayoutEvaluation<Long, Boolean> evaluation = LayoutInputs.evaluate(layout, LayoutInputs.defaults(layout));
		StringBuilder out = LayoutHover.headline("region", region);
		out.append(extent(evaluation, region)).append(" for the defaults of layout ").append(LayoutHover.code(layout.getName())).append("\n\n");
		return LayoutHover.description(out, region);
	}

	private static String extent(LayoutEvaluation<Long, Boolean> evaluation, Region region) {
		Extent<Long> extent = evaluation.extent(region);
		return LayoutHover.code(region.getName()) + " " + LayoutTexts.extent(extent) + ", " + LayoutTexts.size(extent.end() - extent.start());
	}

	private static String value(boolean isBoolean, long value) {
		return isBoolean ? String.valueOf(value != 0) : LayoutTexts.number(value);
	}
}
