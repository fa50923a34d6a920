package org.ptl.cli;

import org.eclipse.emf.ecore.EObject;
import org.ptl.lang.util.NodeText;
import org.ptl.sim.scenario.SourceLocations;

/** Source lines and text of model elements, read from Xtext's node model, for traces. */
final class NodeLocations implements SourceLocations {

	@Override
	public int line(EObject element) {
		return NodeText.line(element);
	}

	@Override
	public String text(EObject element) {
		return NodeText.text(element);
	}
}
