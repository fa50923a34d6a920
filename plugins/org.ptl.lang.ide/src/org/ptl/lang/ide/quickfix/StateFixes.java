package org.ptl.lang.ide.quickfix;

import java.util.List;
import java.util.Optional;

import org.ptl.lang.ide.quickfix.PtlFix.Replacement;
import org.ptl.model.OwnershipModel;

/**
 * The fix for {@code ownership.unknown-state}: declare the state the transition, invariant or
 * encoding names in its ownership model, after the model's last state. Only a model in the file
 * being edited is changed, since the fix's replacements are offsets in that file.
 */
final class StateFixes {

	private StateFixes() {
	}

	static Optional<PtlFix> declare(OwnershipModel model, String name) {
		if (model == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")
				|| model.getStates().stream().anyMatch(state -> name.equals(state.getName()))) {
			return Optional.empty();
		}
		Replacement insertion = TextInsertion.linesAfter(model, model.getStates(), List.of("state " + name));
		return Optional.ofNullable(insertion)
				.map(i -> new PtlFix("Declare state '" + name + "' in ownership model '" + model.getName() + "'", List.of(i)));
	}
}
