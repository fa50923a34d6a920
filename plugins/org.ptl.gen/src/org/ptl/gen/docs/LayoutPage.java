package org.ptl.gen.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.ptl.model.BitPicture;
import org.ptl.model.DerivedValue;
import org.ptl.model.Expression;
import org.ptl.model.GrowthDirection;
import org.ptl.model.Layout;
import org.ptl.model.LayoutCondition;
import org.ptl.model.LayoutInput;
import org.ptl.model.Region;
import org.ptl.model.Transform;
import org.ptl.model.expr.ExpressionInterpreter.Extent;
import org.ptl.model.expr.LayoutEvaluation;
import org.ptl.model.expr.LayoutInputs;
import org.ptl.model.expr.LayoutTexts;
import org.ptl.model.expr.PictureSlices;
import org.ptl.model.expr.Property;

/**
 * An address-space layout's page: its bit pictures drawn for the declared defaults (the same SVG
 * as {@code ptl layout --svg}), the inputs with their ranges and defaults, the derived values as
 * written and as computed, the transformations of their samples, the regions with their extents
 * and sizes, and the assumptions and invariants as written, each marked with whether it holds at
 * the defaults. Only the defaults are computed: proving for every input is {@code ptl explore}'s job.
 */
final class LayoutPage {

	private final Function<EObject, String> sourceText;

	LayoutPage(Function<EObject, String> sourceText) {
		this.sourceText = sourceText;
	}

	String html(Layout layout, String source) {
		LayoutEvaluation<Long, Boolean> evaluation = LayoutInputs.evaluate(layout, LayoutInputs.defaults(layout));
		List<Property<Boolean>> failed = evaluation.properties().stream().filter(property -> !property.holds()).toList();
		Page page = new Page("layout " + layout.getName(), source);
		page.paragraph(layout.getDescription());
		page.paragraph("Computed for the declared defaults of the inputs: ptl layout --set NAME=VALUE computes it for others, "
				+ "and ptl explore proves the invariants and region checks for every input.");
		for (BitPicture picture : layout.getPictures()) {
			page.heading(2, "Picture " + picture.getName(), "picture-" + picture.getName());
			page.raw(Pictures.layout(PictureSlices.of(evaluation, picture)));
		}
		List<List<String>> inputs = new ArrayList<>();
		inputs.add(List.of("input", "values", "default", "description"));
		for (LayoutInput input : layout.getInputs()) {
			inputs.add(List.of(input.getName(), LayoutTexts.domain(input), value(input, evaluation.value(input)), text(input.getDescription())));
		}
		page.heading(2, "Inputs", "inputs").table(inputs);
		if (!layout.getValues().isEmpty()) {
			List<List<String>> values = new ArrayList<>();
			values.add(List.of("value", "definition", "at the defaults", "description"));
			for (DerivedValue derived : layout.getValues()) {
				values.add(List.of(derived.getName() + (derived.isSetWidth() && !derived.isBoolean() ? ": " + derived.getWidth() + " bits" : ""),
						written(derived.getExpression()), value(derived, evaluation.value(derived)), text(derived.getDescription())));
			}
			page.heading(2, "Derived values", "values").table(values);
		}
		List<List<String>> transformations = new ArrayList<>();
		transformations.add(List.of("transformation", "definition", "samples at the defaults"));
		for (Transform transform : layout.getTransforms()) {
			List<String> samples = new ArrayList<>();
			for (Expression sample : transform.getSamples()) {
				long argument = evaluation.interpreter().value(sample, true);
				samples.add(transform.getName() + "(" + LayoutTexts.hex(argument) + ") = "
						+ LayoutTexts.hex(evaluation.interpreter().apply(transform, argument)));
			}
			transformations.add(List.of(transform.getName() + "(" + (transform.getParameter() == null ? "" : transform.getParameter().getName()) + ")",
					written(transform.getBody()), String.join("; ", samples)));
		}
		if (transformations.size() > 1) {
			page.heading(2, "Transformations", "transformations").table(transformations);
		}
		List<List<String>> regions = new ArrayList<>();
		regions.add(List.of("region", "definition", "at the defaults", "size", "description"));
		for (Region region : layout.getRegions()) {
			Extent<Long> extent = evaluation.extent(region);
			regions.add(List.of(region.getName(), definition(region), LayoutTexts.extent(extent),
					LayoutTexts.size(extent.end() - extent.start()), text(region.getDescription())));
		}
		if (regions.size() > 1) {
			page.heading(2, "Regions", "regions").table(regions);
		}
		conditions(page, "Assumptions", "assumptions", layout.getAssumptions(), failed);
		conditions(page, "Invariants", "invariants", layout.getInvariants(), failed);
		if (failed.isEmpty()) {
			page.paragraph("Every property of the layout holds for the defaults.");
		} else {
			page.heading(2, "Broken at the defaults", "broken");
			List<List<String>> broken = new ArrayList<>();
			broken.add(List.of("property", "why"));
			for (Property<Boolean> property : failed) {
				broken.add(List.of(property.description(), LayoutTexts.failure(evaluation, property)));
			}
			page.table(broken);
		}
		return page.end("");
	}

	private void conditions(Page page, String title, String id, List<LayoutCondition> conditions, List<Property<Boolean>> failed) {
		if (conditions.isEmpty()) {
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(title.substring(0, title.length() - 1).toLowerCase(), "condition", "at the defaults", "description"));
		for (LayoutCondition condition : conditions) {
			boolean holds = failed.stream().noneMatch(property -> property.element() == condition);
			rows.add(List.of(condition.getName(), written(condition.getCondition()), holds ? "holds" : "FALSE", text(condition.getDescription())));
		}
		page.heading(2, title, id).table(rows);
	}

	private String definition(Region region) {
		String kept = region.getKeptBit() == null ? "" : " keeps bit " + written(region.getKeptBit());
		if (region.getBase() != null) {
			return "from " + written(region.getBase()) + (region.getDirection() == GrowthDirection.DOWN ? " down" : " up") + " to "
					+ written(region.getLimit()) + kept;
		}
		return "[" + written(region.getStart()) + ", " + written(region.getEnd()) + ")" + kept;
	}

	private String written(EObject element) {
		return element == null ? "" : sourceText.apply(element);
	}

	private static String value(org.ptl.model.Variable variable, long value) {
		return variable.isBoolean() ? String.valueOf(value != 0) : LayoutTexts.number(value);
	}

	private static String text(String description) {
		return description == null ? "" : description;
	}
}
