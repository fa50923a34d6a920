package org.ptl.lang.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.ptl.model.Action;
import org.ptl.model.ActionCall;
import org.ptl.model.DescriptorType;
import org.ptl.model.EachUpdate;
import org.ptl.model.FamilyQuantified;
import org.ptl.model.Field;
import org.ptl.model.Protocol;
import org.ptl.model.ProtocolScenario;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.VariableAccess;
import org.ptl.model.support.Protocols;

/**
 * The names a reference inside a protocol or a protocol scenario sees: the protocol's families,
 * actors and actions; in a term, the parameters in scope (innermost first), then variables, then
 * enum literals (the protocol's own and those of the descriptor fields it uses); after a dot, the
 * fields of the variable's descriptor. Null for references that are not the protocols' concern.
 */
final class ProtocolNames {

	private ProtocolNames() {
	}

	private static final java.util.Set<EReference> HANDLED = java.util.Set.of(Literals.ACTION__ACTOR,
			Literals.ACTION_CALL__ACTION, Literals.ACTION_CALL__STEP, Literals.INDEX_TERM__PARAMETER,
			Literals.VARIABLE_ACCESS__TARGET, Literals.VARIABLE_ACCESS__FIELD);

	static List<? extends EObject> candidates(EObject context, EReference reference) {
		if (!HANDLED.contains(reference) && reference.getEReferenceType() != Literals.FAMILY) {
			return null; // not a protocol's name (resolving the protocol here could loop: its own reference)
		}
		Protocol protocol = protocolOf(context);
		if (protocol == null) {
			return null;
		}
		if (reference.getEReferenceType() == Literals.FAMILY) {
			return protocol.getFamilies();
		}
		if (reference == Literals.ACTION__ACTOR) {
			return protocol.getActors();
		}
		if (reference == Literals.ACTION_CALL__ACTION) {
			return protocol.getActions();
		}
		if (reference == Literals.ACTION_CALL__STEP) {
			Object action = context instanceof ActionCall call ? call.eGet(Literals.ACTION_CALL__ACTION, true) : null;
			return action instanceof Action resolved && !resolved.eIsProxy() ? resolved.getSteps() : List.of();
		}
		if (reference == Literals.INDEX_TERM__PARAMETER) {
			return parameters(context);
		}
		if (reference == Literals.VARIABLE_ACCESS__TARGET) {
			List<EObject> names = new ArrayList<>(parameters(context));
			names.addAll(protocol.getVariables());
			names.addAll(Protocols.literals(protocol));
			return names;
		}
		if (reference == Literals.VARIABLE_ACCESS__FIELD) {
			return fields(context);
		}
		return null;
	}

	private static Protocol protocolOf(EObject context) {
		Protocol protocol = EcoreUtil2.getContainerOfType(context, Protocol.class);
		if (protocol != null) {
			return protocol;
		}
		ProtocolScenario scenario = EcoreUtil2.getContainerOfType(context, ProtocolScenario.class);
		if (scenario == null) {
			return null;
		}
		Object used = scenario.eGet(Literals.PROTOCOL_SCENARIO__PROTOCOL, true);
		return used instanceof Protocol resolved && !resolved.eIsProxy() ? resolved : null;
	}

	/** The parameters visible here: quantifiers' and for-each updates' around it, innermost first, then the action's. */
	private static List<EObject> parameters(EObject context) {
		List<EObject> parameters = new ArrayList<>();
		for (EObject at = context; at != null; at = at.eContainer()) {
			if (at instanceof FamilyQuantified quantified && quantified.getParameter() != null) {
				parameters.add(quantified.getParameter());
			} else if (at instanceof EachUpdate each && each.getParameter() != null) {
				parameters.add(each.getParameter());
			} else if (at instanceof Action action) {
				parameters.addAll(action.getParameters());
			}
		}
		return parameters;
	}

	private static List<? extends EObject> fields(EObject context) {
		if (!(context instanceof VariableAccess access)) {
			return List.of();
		}
		Object target = access.eGet(Literals.VARIABLE_ACCESS__TARGET, true);
		if (target instanceof ProtocolVariable variable && variable.getType() instanceof DescriptorType type
				&& type.eGet(Literals.DESCRIPTOR_TYPE__DESCRIPTOR, true) instanceof org.ptl.model.Descriptor descriptor
				&& !descriptor.eIsProxy()) {
			List<Field> fields = descriptor.getFields();
			return fields;
		}
		return List.of();
	}
}
