package org.ptl.model.expr;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ptl.model.Layout;
import org.ptl.model.LayoutInput;

/**
 * The concrete inputs of a layout: each input's declared default, unless the caller sets it
 * ({@code ptl layout --set NAME=VALUE}). A default is a constant expression, computed here.
 */
public final class LayoutInputs {

	private LayoutInputs() {
	}

	public static Map<LayoutInput, Long> defaults(Layout layout) {
		return with(layout, Map.of());
	}

	public static Map<LayoutInput, Long> with(Layout layout, Map<LayoutInput, Long> set) {
		ExpressionInterpreter<Long, Boolean> constants = new ExpressionInterpreter<>(LongAlgebra.INSTANCE,
				variable -> 0L, region -> new ExpressionInterpreter.Extent<>(0L, 0L));
		Map<LayoutInput, Long> inputs = new LinkedHashMap<>();
		for (LayoutInput input : layout.getInputs()) {
			Long value = set.get(input);
			inputs.put(input, value != null ? value : constants.value(input.getDefaultValue(), true));
		}
		return inputs;
	}

	/** The layout computed for these inputs. */
	public static LayoutEvaluation<Long, Boolean> evaluate(Layout layout, Map<LayoutInput, Long> inputs) {
		return new LayoutEvaluation<>(layout, LongAlgebra.INSTANCE, inputs);
	}
}
