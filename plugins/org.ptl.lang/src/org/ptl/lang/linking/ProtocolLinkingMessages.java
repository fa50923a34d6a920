package org.ptl.lang.linking;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.ptl.lang.validation.PtlCheck;
import org.ptl.model.Descriptor;
import org.ptl.model.Field;
import org.ptl.model.Protocol;
import org.ptl.model.ProtocolScenario;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.PtlPackage.Literals;
import org.ptl.model.VariableAccess;
import org.ptl.model.support.Protocols;

/**
 * The linker's "unknown name" errors inside protocols: an unknown variable names the protocol and
 * its variables ({@code protocol.unknown-variable}), an unknown field names the descriptor and its
 * fields ({@code protocol.unknown-field}).
 */
final class ProtocolLinkingMessages {

	private static final int MAX_LISTED = 12;

	private ProtocolLinkingMessages() {
	}

	static DiagnosticMessage unresolved(EReference reference, String name, EObject where) {
		if (reference == Literals.VARIABLE_ACCESS__TARGET || reference == Literals.INDEX_TERM__PARAMETER) {
			Protocol protocol = protocolOf(where);
			String known = protocol == null ? "" : listed(protocol.getVariables().stream().map(ProtocolVariable::getName).toList());
			return new DiagnosticMessage("unknown " + (reference == Literals.INDEX_TERM__PARAMETER ? "parameter '" : "variable '")
					+ name + "'" + (protocol == null ? "" : " in protocol '" + protocol.getName() + "'") + known,
					Severity.ERROR, PtlCheck.PROTOCOL_UNKNOWN_VARIABLE.id());
		}
		if (reference == Literals.VARIABLE_ACCESS__FIELD && where instanceof VariableAccess access) {
			Object target = access.eGet(Literals.VARIABLE_ACCESS__TARGET, false);
			Descriptor descriptor = target instanceof ProtocolVariable variable && !variable.eIsProxy()
					? Protocols.descriptor(variable) : null;
			if (descriptor == null) {
				return new DiagnosticMessage("'" + name + "': only a variable that holds a descriptor has fields",
						Severity.ERROR, PtlCheck.PROTOCOL_UNKNOWN_FIELD.id());
			}
			return new DiagnosticMessage("descriptor '" + descriptor.getName() + "' has no field '" + name + "'"
					+ listed(descriptor.getFields().stream().map(Field::getName).toList()), Severity.ERROR,
					PtlCheck.PROTOCOL_UNKNOWN_FIELD.id());
		}
		return null;
	}

	private static Protocol protocolOf(EObject where) {
		Protocol protocol = EcoreUtil2.getContainerOfType(where, Protocol.class);
		if (protocol != null) {
			return protocol;
		}
		ProtocolScenario scenario = EcoreUtil2.getContainerOfType(where, ProtocolScenario.class);
		Object used = scenario == null ? null : scenario.eGet(Literals.PROTOCOL_SCENARIO__PROTOCOL, false);
		return used instanceof Protocol resolved && !resolved.eIsProxy() ? resolved : null;
	}

	private static String listed(List<String> names) {
		List<String> named = names.stream().filter(java.util.Objects::nonNull).toList();
		if (named.isEmpty()) {
			return " (it declares none)";
		}
		return " (known: " + named.stream().limit(MAX_LISTED).collect(Collectors.joining(", "))
				+ (named.size() > MAX_LISTED ? ", ..." : "") + ")";
	}
}
