package org.ptl.cli;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.ptl.model.PtlPackage;

/**
 * Where a model element stands, as a command reports it (file as the user named it, line and
 * column of its name, or of the element when it has none): for what the generators find, which know
 * elements but not their text.
 */
final class ElementLocations {

	private final Map<Resource, String> shownAs;

	ElementLocations(Map<Resource, String> shownAs) {
		this.shownAs = shownAs;
	}

	/** A finding at the element. */
	Finding at(EObject element, Finding.Level level, String message, String check) {
		String file = element.eResource() == null ? "?"
				: shownAs.getOrDefault(element.eResource(), ImportedFiles.shownAs(element.eResource()));
		INode node = nameNode(element);
		if (node == null) {
			return new Finding(file, 1, 1, level, message, check);
		}
		LineAndColumn position = NodeModelUtils.getLineAndColumn(node.getRootNode(), node.getOffset());
		return new Finding(file, Math.max(1, position.getLine()), Math.max(1, position.getColumn()), level, message, check);
	}

	private static INode nameNode(EObject element) {
		if (element instanceof org.ptl.model.Named) {
			List<INode> names = NodeModelUtils.findNodesForFeature(element, PtlPackage.Literals.NAMED__NAME);
			if (!names.isEmpty()) {
				return names.get(0);
			}
		}
		return NodeModelUtils.findActualNodeFor(element);
	}
}
