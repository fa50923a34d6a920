package org.ptl.sim.protocol;

import java.util.List;

import org.ptl.model.Element;
import org.ptl.model.Invariant;
import org.ptl.model.OwnershipModel;
import org.ptl.model.Protocol;
import org.ptl.sim.explore.ExplorationOptions;
import org.ptl.sim.explore.ExplorationResult;
import org.ptl.sim.explore.Explorer;

/**
 * What the faces explore, one way for both kinds of model: an ownership model, or a protocol
 * compiled with the options' members ({@link ProtocolSystem}). An IllegalArgumentException says
 * why a model cannot be explored (a state that does not fit the packed store, too few members).
 */
public final class Explorations {

	private Explorations() {
	}

	/** Whether the element is a model the explorer takes. */
	public static boolean explorable(Element element) {
		return element instanceof OwnershipModel || element instanceof Protocol;
	}

	public static ExplorationResult explore(Element model, ExplorationOptions options) {
		if (model instanceof Protocol protocol) {
			return Explorer.explore(new ProtocolSystem(protocol, options), options);
		}
		return Explorer.explore((OwnershipModel) model, options);
	}

	/** The model's invariants by name, in declaration order. */
	public static List<String> invariants(Element model) {
		List<Invariant> invariants = model instanceof Protocol protocol ? protocol.getInvariants()
				: ((OwnershipModel) model).getInvariants();
		return invariants.stream().map(Invariant::getName).toList();
	}
}
