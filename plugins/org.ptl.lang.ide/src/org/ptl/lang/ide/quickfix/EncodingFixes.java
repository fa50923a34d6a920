package org.ptl.lang.ide.quickfix;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.ptl.lang.ide.quickfix.PtlFix.Replacement;
import org.ptl.lang.validation.EncodingValues;
import org.ptl.model.Encoding;
import org.ptl.model.State;

/**
 * The fixes for encodings: declare the values no state uses reserved ({@code encoding.unused}), and
 * account for a state the encoding leaves out ({@code encoding.state-missing}), as 'not encoded' or
 * with the first unused value. New lines go after the encoding's last entry.
 */
final class EncodingFixes {

	/** More unused values than this are a design still in progress, not an oversight to patch. */
	private static final int MAX_RESERVED_LINES = 16;
	/** As EncodingValidator: wider encodings are not enumerated value by value. */
	private static final int MAX_ENUMERATED_WIDTH = 20;

	private EncodingFixes() {
	}

	static Optional<PtlFix> reserveUnused(Encoding encoding) {
		int width = EncodingValues.width(encoding);
		List<String> values = unusedValues(encoding, width);
		if (values.isEmpty() || values.size() > MAX_RESERVED_LINES) {
			return Optional.empty();
		}
		List<String> lines = values.stream().map(value -> "reserved " + value + " \"not used by any state\"").toList();
		String label = "Declare " + String.join(", ", values) + " reserved";
		return fix(label, encoding, lines);
	}

	/** Fixes for the named states of the encoding's model that it does not mention. */
	static List<PtlFix> accountFor(Encoding encoding, List<String> stateNames) {
		List<State> missing = missingStates(encoding, stateNames);
		if (missing.isEmpty()) {
			return List.of();
		}
		List<String> names = missing.stream().map(State::getName).toList();
		String quoted = "'" + String.join("', '", names) + "'";
		List<PtlFix> fixes = new ArrayList<>();
		fix("Declare " + quoted + " not encoded", encoding, names.stream().map(name -> name + " not encoded").toList())
				.ifPresent(fixes::add);
		List<String> free = unusedValues(encoding, EncodingValues.width(encoding));
		if (free.size() >= names.size()) {
			List<String> lines = new ArrayList<>();
			for (int index = 0; index < names.size(); index++) {
				lines.add(names.get(index) + " = " + free.get(index));
			}
			fix("Encode " + quoted + " as " + String.join(", ", free.subList(0, names.size())), encoding, lines)
					.ifPresent(fixes::add);
		}
		return fixes;
	}

	/** The states named (all of the model's when no name is given) that no entry of the encoding mentions. */
	private static List<State> missingStates(Encoding encoding, List<String> stateNames) {
		if (encoding.getModel() == null || encoding.getModel().eIsProxy()) {
			return List.of();
		}
		Set<State> mentioned = new HashSet<>();
		encoding.getEntries().forEach(entry -> mentioned.add(entry.getState()));
		return encoding.getModel().getStates().stream().filter(state -> !mentioned.contains(state))
				.filter(state -> stateNames.isEmpty() || stateNames.contains(state.getName())).toList();
	}

	/** The values below 2^width no state and no reserved line uses, written as messages write them. */
	static List<String> unusedValues(Encoding encoding, int width) {
		if (width <= 0 || width > MAX_ENUMERATED_WIDTH) {
			return List.of();
		}
		BitSet used = new BitSet(1 << width);
		for (EObject entry : EncodingValues.inDocumentOrder(encoding)) {
			Long value = EncodingValues.valueOf(entry);
			if (value != null && value >= 0 && value < 1L << width) {
				used.set(value.intValue());
			}
		}
		List<String> unused = new ArrayList<>();
		for (int value = used.nextClearBit(0); value < 1 << width && unused.size() <= MAX_RESERVED_LINES;
				value = used.nextClearBit(value + 1)) {
			unused.add(EncodingValues.text(value, width));
		}
		return unused;
	}

	private static Optional<PtlFix> fix(String label, Encoding encoding, List<String> lines) {
		List<EObject> entries = new ArrayList<>(encoding.getEntries());
		entries.addAll(encoding.getReserved());
		Replacement insertion = TextInsertion.linesAfter(encoding, entries, lines);
		return insertion == null ? Optional.empty() : Optional.of(new PtlFix(label, List.of(insertion)));
	}
}
