package org.ptl.cli;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.ptl.sim.scenario.SourceLocations;

/** Source lines and text of model elements, read from Xtext's node model, for traces. */
final class NodeLocations implements SourceLocations {

	@Override
	public int line(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? 0 : node.getStartLine();
	}

	@Override
	public String text(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? element.eClass().getName() : NodeModelUtils.getTokenText(node);
	}
}
