package org.ptl.lang.validation;

import org.eclipse.xtext.validation.Check;
import org.ptl.model.Component;
import org.ptl.model.OwnershipModel;
import org.ptl.model.PtlPackage.Literals;

/**
 * Checks an ownership model's state machine: every component starts somewhere, every state can be
 * reached by some component from its initial state, and every state can be left. Unknown state and
 * component names are reported by the linker (ownership.unknown-state, ownership.unknown-component).
 */
public class OwnershipValidator extends PtlCheckValidator {

	@Check
	public void componentHasInitialState(Component component) {
		OwnershipModel model = (OwnershipModel) component.eContainer();
		if (component.getInitialState() == null && model.getInitialState() == null) {
			report(PtlCheck.OWNERSHIP_NO_INITIAL_STATE, "component " + quote(component.getName())
					+ " has no initial state: write 'initially <state>' after it, or once for all components of "
					+ quote(model.getName()), component, Literals.NAMED__NAME);
		}
	}

	@Check
	public void statesAreReachable(OwnershipModel model) {
		StateGraph graph = StateGraph.of(model);
		if (!graph.hasInitialStates()) {
			return;
		}
		for (org.ptl.model.State state : model.getStates()) {
			if (!graph.reachable().contains(state)) {
				report(PtlCheck.OWNERSHIP_STATE_UNREACHABLE, "state " + quote(state.getName()) + " of "
						+ quote(model.getName()) + " is unreachable: no component gets there from its initial state ("
						+ graph.initialStatesText() + ") through the transitions", state, Literals.NAMED__NAME);
			}
		}
	}

	@Check
	public void statesCanBeLeft(OwnershipModel model) {
		StateGraph graph = StateGraph.of(model);
		for (org.ptl.model.State state : model.getStates()) {
			if (!graph.hasExit(state)) {
				report(PtlCheck.OWNERSHIP_STATE_NO_EXIT, "no transition of " + quote(model.getName())
						+ " leaves state " + quote(state.getName()), state, Literals.NAMED__NAME);
			}
		}
	}
}
