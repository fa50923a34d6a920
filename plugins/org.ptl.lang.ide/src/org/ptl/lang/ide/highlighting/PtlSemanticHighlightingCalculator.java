package org.ptl.lang.ide.highlighting;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.ptl.model.BitRange;
import org.ptl.model.Claim;
import org.ptl.model.Component;
import org.ptl.model.Element;
import org.ptl.model.EnumLiteral;
import org.ptl.model.Field;
import org.ptl.model.Invariant;
import org.ptl.model.NamedOutcome;
import org.ptl.model.ProtFlag;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.SeverityDirective;
import org.ptl.model.State;
import org.ptl.model.Transition;
import org.ptl.model.WalkerFlag;

/**
 * Semantic highlighting for PTL: declarations by kind, bit ranges, and every mention of a state,
 * component, transition or flag, so that the state machine stands out in transitions, invariants,
 * encodings and scenarios, and flags in operations, walker policies and steps.
 */
public class PtlSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		String declarationStyle = declarationStyle(object);
		if (declarationStyle != null) {
			highlightFeature(acceptor, object, Literals.NAMED__NAME, declarationStyle);
		}
		if (object instanceof BitRange) {
			INode node = NodeModelUtils.findActualNodeFor(object);
			if (node != null) {
				// one position for the whole [high:low], not one per token
				acceptor.addPosition(node.getOffset(), node.getLength(), PtlHighlightingStyles.BITS);
			}
			return true;
		}
		if (object instanceof SeverityDirective) {
			highlightFeature(acceptor, object, Literals.SEVERITY_DIRECTIVE__CHECK_ID, PtlHighlightingStyles.CHECK_ID);
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			String style = referenceStyle(reference.getEReferenceType());
			if (style != null && !reference.isContainment()) {
				// every mention: highlightFeature() would mark only the first of a list ('prot R, W')
				for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
					highlightNode(acceptor, node, style);
				}
			}
		}
		return false;
	}

	/** How a mention of an element of the type looks: states, components, flags and transitions stand out. */
	private static String referenceStyle(EClass type) {
		if (type == Literals.STATE) {
			return PtlHighlightingStyles.STATE;
		}
		if (type == Literals.COMPONENT) {
			return PtlHighlightingStyles.COMPONENT;
		}
		if (type == Literals.PROT_FLAG || type == Literals.WALKER_FLAG || type == Literals.NAMED_OUTCOME) {
			return PtlHighlightingStyles.FLAG;
		}
		if (type == Literals.TRANSITION) {
			return PtlHighlightingStyles.RULE;
		}
		return null;
	}

	private static String declarationStyle(EObject object) {
		if (object instanceof State) {
			return PtlHighlightingStyles.STATE;
		}
		if (object instanceof Component) {
			return PtlHighlightingStyles.COMPONENT;
		}
		if (object instanceof Field || object instanceof Claim || object instanceof EnumLiteral) {
			return PtlHighlightingStyles.FIELD;
		}
		if (object instanceof ProtFlag || object instanceof WalkerFlag || object instanceof NamedOutcome) {
			return PtlHighlightingStyles.FLAG;
		}
		if (object instanceof Transition || object instanceof Invariant) {
			return PtlHighlightingStyles.RULE;
		}
		if (object instanceof Element || object instanceof org.ptl.model.Descriptor) {
			return PtlHighlightingStyles.DECLARATION;
		}
		return null;
	}
}
