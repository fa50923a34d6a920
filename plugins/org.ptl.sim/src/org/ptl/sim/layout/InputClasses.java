package org.ptl.sim.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.Layout;
import org.ptl.model.LayoutInput;

/**
 * How a layout proof splits its inputs: those with few values (booleans, choices, ranges of at most
 * 64 values) are enumerated, and each combination of their values is a class the solver proves with
 * them as constants, so that shifts by them become wiring. The most values are left to the solver
 * once the classes would pass {@value #MAX_CLASSES}.
 *
 * @param enumerated  the inputs enumerated, in the layout's order
 * @param assignments one map of those inputs to values per class
 */
record InputClasses(List<LayoutInput> enumerated, List<Map<LayoutInput, Long>> assignments) {

	/** Inputs with more values than this are left to the solver instead of enumerated. */
	private static final int ENUMERATE_AT_MOST = 64;
	private static final long MAX_CLASSES = 4096;

	static InputClasses of(Layout layout) {
		List<LayoutInput> enumerated = enumerated(layout);
		List<List<Long>> domains = enumerated.stream().map(InputClasses::values).toList();
		List<Map<LayoutInput, Long>> assignments = new ArrayList<>();
		int[] choice = new int[enumerated.size()];
		do {
			Map<LayoutInput, Long> fixed = new HashMap<>();
			for (int i = 0; i < choice.length; i++) {
				fixed.put(enumerated.get(i), domains.get(i).get(choice[i]));
			}
			assignments.add(fixed);
		} while (next(choice, domains));
		return new InputClasses(enumerated, assignments);
	}

	/** Inputs with few values, enumerated as classes; the largest left to the solver past MAX_CLASSES. */
	private static List<LayoutInput> enumerated(Layout layout) {
		List<LayoutInput> small = new ArrayList<>(layout.getInputs().stream()
				.filter(input -> values(input) != null).toList());
		small.sort(Comparator.comparingInt(input -> values(input).size()));
		List<LayoutInput> chosen = new ArrayList<>();
		long classes = 1;
		for (LayoutInput input : small) {
			int size = values(input).size();
			if (classes * size <= MAX_CLASSES) {
				chosen.add(input);
				classes *= size;
			}
		}
		chosen.sort(Comparator.comparingInt(layout.getInputs()::indexOf));
		return chosen;
	}

	/** Every value of an input with at most ENUMERATE_AT_MOST of them, in order; null for larger ones. */
	private static List<Long> values(LayoutInput input) {
		if (input.isBoolean()) {
			return List.of(0L, 1L);
		}
		if (!input.getChoices().isEmpty()) {
			return input.getChoices().stream().distinct().toList();
		}
		if (input.getRange() != null) {
			long min = input.getRange().getMin();
			long max = input.getRange().getMax();
			if (Long.compareUnsigned(min, max) <= 0 && Long.compareUnsigned(max - min, ENUMERATE_AT_MOST - 1) < 0) {
				List<Long> values = new ArrayList<>();
				for (long value = min; Long.compareUnsigned(value, max) <= 0 && values.size() < ENUMERATE_AT_MOST; value++) {
					values.add(value);
				}
				return values;
			}
		}
		return null;
	}

	private static boolean next(int[] choice, List<List<Long>> domains) {
		for (int i = choice.length - 1; i >= 0; i--) {
			if (++choice[i] < domains.get(i).size()) {
				return true;
			}
			choice[i] = 0;
		}
		return false;
	}
}
