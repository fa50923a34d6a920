package org.ptl.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.ptl.model.BitPicture;
import org.ptl.model.DerivedValue;
import org.ptl.model.Expression;
import org.ptl.model.Layout;
import org.ptl.model.LayoutInput;
import org.ptl.model.Region;
import org.ptl.model.Transform;
import org.ptl.model.expr.ExpressionInterpreter.Extent;
import org.ptl.model.expr.LayoutEvaluation;
import org.ptl.model.expr.LayoutTexts;
import org.ptl.model.expr.PictureSlices;
import org.ptl.model.expr.PictureSlices.Picture;
import org.ptl.model.expr.PictureSlices.Slice;
import org.ptl.model.expr.Property;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A layout computed for concrete inputs, as {@code ptl layout} prints it: inputs, derived values,
 * transformations of their samples, regions with sizes, bit pictures (the 64 bits grouped by
 * slice), and the properties that fail for these inputs; as text or JSON.
 */
record LayoutReport(LayoutEvaluation<Long, Boolean> evaluation, boolean allowed, List<Property<Boolean>> failed) {

	static LayoutReport of(LayoutEvaluation<Long, Boolean> evaluation) {
		List<Property<Boolean>> failed = evaluation.properties().stream().filter(property -> !property.holds()).toList();
		return new LayoutReport(evaluation, evaluation.inputsAllowed(), failed);
	}

	boolean holds() {
		return failed.isEmpty();
	}

	private Layout layout() {
		return evaluation.layout();
	}

	private long value(Expression expression) {
		return evaluation.interpreter().value(expression, true);
	}

	void printText(PrintWriter out) {
		Layout layout = layout();
		out.println("layout " + layout.getName() + (layout.getDescription() == null ? "" : ": " + layout.getDescription()));
		int width = nameWidth();
		out.println("  inputs");
		for (LayoutInput input : layout.getInputs()) {
			long value = evaluation.value(input);
			out.println("    " + pad(input.getName(), width) + "= "
					+ (input.isBoolean() ? String.valueOf(value != 0) : LayoutTexts.number(value)));
		}
		out.println("  values");
		for (DerivedValue value : layout.getValues()) {
			long computed = evaluation.value(value);
			out.println("    " + pad(value.getName(), width) + "= "
					+ (value.isBoolean() ? String.valueOf(computed != 0) : LayoutTexts.number(computed)));
		}
		for (Transform transform : layout.getTransforms()) {
			if (!transform.getSamples().isEmpty()) {
				out.println("  " + transform.getName());
			}
			for (Expression sample : transform.getSamples()) {
				long argument = value(sample);
				out.println("    " + transform.getName() + "(" + LayoutTexts.hex(argument) + ") = "
						+ LayoutTexts.hex(apply(transform, argument)));
			}
		}
		if (!layout.getRegions().isEmpty()) {
			out.println("  regions");
		}
		for (Region region : layout.getRegions()) {
			Extent<Long> extent = evaluation.extent(region);
			out.println("    " + pad(region.getName(), width) + "  " + LayoutTexts.extent(extent) + "  "
					+ LayoutTexts.size(extent.end() - extent.start()));
		}
		for (BitPicture bitPicture : layout.getPictures()) {
			printPicture(out, PictureSlices.of(evaluation, bitPicture));
		}
		if (!allowed) {
			out.println("  note: these inputs are outside what the layout's ranges and assumptions allow");
		}
		if (failed.isEmpty()) {
			out.println("  every property holds for these inputs");
		}
		for (Property<Boolean> property : failed) {
			out.println("  FAILED: " + LayoutTexts.failure(evaluation, property));
		}
	}

	private long apply(Transform transform, long argument) {
		return evaluation.interpreter().apply(transform, argument);
	}

	/** The 64 bits, a space between slices, and one line per slice below. */
	private static void printPicture(PrintWriter out, Picture picture) {
		out.println("  picture " + picture.name() + " = " + LayoutTexts.hex(picture.value()));
		StringBuilder bits = new StringBuilder("    ");
		int next = 63;
		for (Slice slice : picture.slices()) {
			for (; next > slice.high(); next--) {
				bits.append(bit(picture.value(), next));
			}
			if (bits.length() > 4) {
				bits.append(' ');
			}
			for (; next >= slice.low(); next--) {
				bits.append(bit(picture.value(), next));
			}
		}
		for (; next >= 0; next--) {
			bits.append(bit(picture.value(), next));
		}
		out.println(bits);
		for (Slice slice : picture.slices()) {
			String range = slice.high() == slice.low() ? "[" + slice.high() + "]" : "[" + slice.high() + ":" + slice.low() + "]";
			out.println("    " + pad(range, 9) + pad(slice.name(), 14) + pad(slice.kind().getLiteral(), 9)
					+ LayoutTexts.hex(slice.bits()) + (slice.description() == null ? "" : "  " + slice.description()));
		}
	}

	private static char bit(long value, int bit) {
		return (value >>> bit & 1) != 0 ? '1' : '0';
	}

	private int nameWidth() {
		int width = 0;
		for (LayoutInput input : layout().getInputs()) {
			width = Math.max(width, input.getName().length());
		}
		for (DerivedValue value : layout().getValues()) {
			width = Math.max(width, value.getName().length());
		}
		for (Region region : layout().getRegions()) {
			width = Math.max(width, region.getName().length());
		}
		return width;
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(1, width + 1 - text.length()));
	}

	static void printJson(PrintWriter out, List<LayoutReport> reports) {
		JsonArray layouts = new JsonArray();
		for (LayoutReport report : reports) {
			layouts.add(report.json());
		}
		JsonObject json = new JsonObject();
		json.add("layouts", layouts);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json));
	}

	private JsonObject json() {
		Layout layout = layout();
		JsonObject json = new JsonObject();
		json.addProperty("layout", layout.getName());
		JsonObject inputs = new JsonObject();
		for (LayoutInput input : layout.getInputs()) {
			inputs.addProperty(input.getName(), LayoutTexts.hex(evaluation.value(input)));
		}
		json.add("inputs", inputs);
		JsonObject values = new JsonObject();
		for (DerivedValue value : layout.getValues()) {
			values.addProperty(value.getName(), LayoutTexts.hex(evaluation.value(value)));
		}
		json.add("values", values);
		JsonArray regions = new JsonArray();
		for (Region region : layout.getRegions()) {
			Extent<Long> extent = evaluation.extent(region);
			JsonObject item = new JsonObject();
			item.addProperty("region", region.getName());
			item.addProperty("start", LayoutTexts.hex(extent.start()));
			item.addProperty("end", LayoutTexts.hex(extent.end()));
			item.addProperty("size", LayoutTexts.hex(extent.end() - extent.start()));
			regions.add(item);
		}
		json.add("regions", regions);
		JsonArray transformations = new JsonArray();
		for (Transform transform : layout.getTransforms()) {
			for (Expression sample : transform.getSamples()) {
				long argument = value(sample);
				JsonObject item = new JsonObject();
				item.addProperty("transform", transform.getName());
				item.addProperty("argument", LayoutTexts.hex(argument));
				item.addProperty("result", LayoutTexts.hex(apply(transform, argument)));
				transformations.add(item);
			}
		}
		json.add("transformations", transformations);
		JsonArray pictures = new JsonArray();
		for (BitPicture bitPicture : layout.getPictures()) {
			Picture picture = PictureSlices.of(evaluation, bitPicture);
			JsonObject item = new JsonObject();
			item.addProperty("picture", picture.name());
			item.addProperty("value", LayoutTexts.hex(picture.value()));
			JsonArray slices = new JsonArray();
			for (Slice slice : picture.slices()) {
				JsonObject entry = new JsonObject();
				entry.addProperty("name", slice.name());
				entry.addProperty("kind", slice.kind().getLiteral());
				entry.addProperty("high", slice.high());
				entry.addProperty("low", slice.low());
				entry.addProperty("bits", LayoutTexts.hex(slice.bits()));
				slices.add(entry);
			}
			item.add("slices", slices);
			pictures.add(item);
		}
		json.add("pictures", pictures);
		json.addProperty("allowed", allowed);
		List<String> failures = new ArrayList<>();
		failed.forEach(property -> failures.add(LayoutTexts.failure(evaluation, property)));
		JsonArray failedJson = new JsonArray();
		failures.forEach(failedJson::add);
		json.add("failed", failedJson);
		return json;
	}
}
