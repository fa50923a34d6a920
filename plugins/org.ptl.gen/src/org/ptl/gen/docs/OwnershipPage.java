package org.ptl.gen.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.ptl.gen.EncodingTable;
import org.ptl.model.Component;
import org.ptl.model.Encoding;
import org.ptl.model.Guard;
import org.ptl.model.Invariant;
import org.ptl.model.OwnershipModel;
import org.ptl.model.ReservedEncoding;
import org.ptl.model.State;
import org.ptl.model.Transition;
import org.ptl.model.TransitionSide;
import org.ptl.model.support.Bits;

/**
 * An ownership model's page: the state diagram, the states with their meaning, the components, the
 * transitions with both sides and their guards, every encoding of the model side by side, and the
 * invariants as written.
 */
final class OwnershipPage {

	private final Function<EObject, String> sourceText;
	private final List<Encoding> encodings;

	OwnershipPage(Function<EObject, String> sourceText, List<Encoding> encodings) {
		this.sourceText = sourceText;
		this.encodings = encodings;
	}

	String html(OwnershipModel model, String source) {
		Page page = new Page("ownership model " + model.getName(), source);
		page.paragraph(model.getDescription());
		page.heading(2, "State diagram", "diagram");
		page.paragraph("Solid edges move the initiator of a transition, dashed edges (c) its completer; the initial state has a thick border.");
		page.raw(StateDiagramSvg.draw(model));
		List<List<String>> states = new ArrayList<>();
		states.add(List.of("state", "meaning"));
		for (State state : model.getStates()) {
			states.add(List.of(state.getName() + (state == model.getInitialState() ? " (initial)" : ""), text(state.getDescription())));
		}
		page.heading(2, "States", "states").table(states);
		List<List<String>> components = new ArrayList<>();
		components.add(List.of("component", "initially", "description"));
		for (Component component : model.getComponents()) {
			components.add(List.of(component.getName() + (component.isFamily() ? "[*]" : ""),
					component.getInitialState() != null ? component.getInitialState().getName()
							: model.getInitialState() == null ? "" : model.getInitialState().getName(),
					text(component.getDescription())));
		}
		page.heading(2, "Components", "components").table(components);
		List<List<String>> transitions = new ArrayList<>();
		transitions.add(List.of("transition", "initiator", "completer", "requires", "description"));
		for (Transition transition : model.getTransitions()) {
			List<String> guards = new ArrayList<>();
			for (Guard guard : transition.getGuards()) {
				guards.add(sourceText.apply(guard));
			}
			transitions.add(List.of(transition.getName(), side(transition.getInitiator()), side(transition.getCompleter()),
					String.join("; ", guards), text(transition.getDescription())));
		}
		page.heading(2, "Transitions", "transitions").table(transitions);
		page.heading(2, "Encodings", "encodings").table(encodingTable(model));
		List<List<String>> invariants = new ArrayList<>();
		invariants.add(List.of("invariant", "condition", "description"));
		for (Invariant invariant : model.getInvariants()) {
			invariants.add(List.of(invariant.getName(), invariant.getPredicate() == null ? "" : sourceText.apply(invariant.getPredicate()),
					text(invariant.getDescription())));
		}
		page.heading(2, "Invariants", "invariants").table(invariants);
		return page.end("");
	}

	private List<List<String>> encodingTable(OwnershipModel model) {
		List<EncodingTable> tables = encodings.stream().filter(e -> e.getModel() == model).map(EncodingTable::new).toList();
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>();
		header.add("state");
		for (EncodingTable table : tables) {
			header.add(table.encoding().getName() + (table.claim() != null
					? " (" + ((org.ptl.model.ClaimSet) table.claim().eContainer()).getName() + "."
							+ table.claim().getName() + " " + Bits.text(table.claim().getBits()) + ")"
					: " (" + table.width() + " bits)"));
		}
		rows.add(header);
		for (State state : model.getStates()) {
			List<String> row = new ArrayList<>();
			row.add(state.getName());
			for (EncodingTable table : tables) {
				EncodingTable.Row entry = table.rows().stream().filter(r -> r.state() == state).findFirst().orElse(null);
				row.add(entry == null || entry.value() == null ? "not encoded" : binary(entry.value(), table.width()));
			}
			rows.add(row);
		}
		List<String> reserved = new ArrayList<>();
		reserved.add("reserved");
		for (EncodingTable table : tables) {
			List<String> values = new ArrayList<>();
			for (ReservedEncoding r : table.reserved()) {
				values.add(binary(r.getValue(), table.width()) + (r.getDescription() == null ? "" : " (" + r.getDescription() + ")"));
			}
			reserved.add(String.join(", ", values));
		}
		rows.add(reserved);
		return rows;
	}

	private static String side(TransitionSide side) {
		if (side == null) {
			return "";
		}
		String who = side.getComponents().isEmpty() ? "" : String.join(", ", side.getComponents().stream().map(Component::getName).toList()) + ": ";
		return who + (side.getFrom() == null ? "?" : side.getFrom().getName()) + " \u2192 " + (side.getTo() == null ? "?" : side.getTo().getName());
	}

	private static String binary(long value, int width) {
		StringBuilder digits = new StringBuilder(Long.toBinaryString(value));
		while (digits.length() < Math.min(width, 16)) {
			digits.insert(0, '0');
		}
		return "0b" + digits;
	}

	private static String text(String description) {
		return description == null ? "" : description;
	}
}
