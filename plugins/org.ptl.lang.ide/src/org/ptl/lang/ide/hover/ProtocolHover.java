package org.ptl.lang.ide.hover;

import static org.ptl.lang.ide.hover.LayoutHover.code;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.ptl.model.Action;
import org.ptl.model.ActionStep;
import org.ptl.model.FamilyParameter;
import org.ptl.model.Guard;
import org.ptl.model.ProtocolUpdate;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.support.ProtocolTypes;

/**
 * The hover Markdown of protocols: an action's parameters, actor, guards and updates (each step's,
 * for a multi-step action), as written; a variable's indices, type and initial value, and whether
 * it is ghost. Hovering a call in a protocol scenario shows its action.
 */
final class ProtocolHover {

	private ProtocolHover() {
	}

	static String action(Action action) {
		StringBuilder out = LayoutHover.headline("action", action);
		out.append(code(action.getName() + "(" + action.getParameters().stream()
				.map(ProtocolHover::parameter).collect(Collectors.joining(", ")) + ")"));
		if (action.getActor() != null) {
			out.append(" by ").append(code(action.getActor().getName()));
		}
		out.append("\n\n");
		if (action.getSteps().isEmpty()) {
			body(out, action.getGuards(), action.getUpdates());
		} else {
			out.append(action.getSteps().size()).append(" atomic steps, a program counter per instance:\n\n");
			for (ActionStep step : action.getSteps()) {
				out.append("step ").append(code(step.getName())).append(step.getDescription() == null ? ""
						: " (" + step.getDescription() + ")").append("\n\n");
				body(out, step.getGuards(), step.getUpdates());
			}
		}
		return LayoutHover.description(out, action);
	}

	static String step(ActionStep step) {
		StringBuilder out = LayoutHover.headline("step", step);
		body(out, step.getGuards(), step.getUpdates());
		return LayoutHover.description(out, step);
	}

	private static void body(StringBuilder out, List<Guard> guards, List<ProtocolUpdate> updates) {
		out.append("guards: ").append(guards.isEmpty() ? "none (always enabled)" : lines(guards)).append("\n\n");
		out.append("updates: ").append(updates.isEmpty() ? "none" : lines(updates)).append("\n\n");
	}

	private static String lines(List<? extends EObject> elements) {
		return elements.stream().map(ProtocolHover::text).map(LayoutHover::code).collect(Collectors.joining(", "));
	}

	private static String text(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? element.eClass().getName() : NodeModelUtils.getTokenText(node);
	}

	private static String parameter(FamilyParameter parameter) {
		return parameter.getName() + ": " + (parameter.getFamily() == null ? "?" : parameter.getFamily().getName());
	}

	static String variable(ProtocolVariable variable) {
		StringBuilder out = LayoutHover.headline(variable.isGhost() ? "ghost variable" : "variable", variable);
		if (!variable.getIndices().isEmpty()) {
			out.append("one per ").append(variable.getIndices().stream().map(family -> code(family.getName()))
					.collect(Collectors.joining(" and "))).append("\n\n");
		}
		out.append(ProtocolTypes.ofVariable(variable).describe());
		if (variable.getInitial() != null) {
			out.append(", initially ").append(code(text(variable.getInitial())));
		}
		out.append("\n\n");
		if (variable.isGhost()) {
			out.append("read only by invariants and ghost updates\n\n");
		}
		return LayoutHover.description(out, variable);
	}
}
