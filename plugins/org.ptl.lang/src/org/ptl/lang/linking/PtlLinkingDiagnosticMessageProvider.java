package org.ptl.lang.linking;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.ptl.lang.validation.PtlCheck;
import org.ptl.model.Encoding;
import org.ptl.model.Named;
import org.ptl.model.OwnershipModel;
import org.ptl.model.PtlPackage.Literals;

/**
 * Words the linker's "unknown name" errors for people: which kind of element was looked for, in
 * which ownership model, and which names exist there; unknown states and components get their own
 * check ids.
 */
public class PtlLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	private static final int MAX_LISTED = 10;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String name = context.getLinkText();
		EObject where = context.getContext();
		OwnershipModel model = modelOf(where);
		if (type == Literals.STATE && model != null) {
			return new DiagnosticMessage("unknown state '" + name + "' in ownership model '" + model.getName() + "'"
					+ known(model.getStates()), Severity.ERROR, PtlCheck.OWNERSHIP_UNKNOWN_STATE.id());
		}
		if (type == Literals.COMPONENT && model != null) {
			return new DiagnosticMessage("unknown component '" + name + "' in ownership model '" + model.getName()
					+ "'" + known(model.getComponents()), Severity.ERROR, PtlCheck.OWNERSHIP_UNKNOWN_COMPONENT.id());
		}
		DiagnosticMessage protocol = ProtocolLinkingMessages.unresolved(context.getReference(), name, where);
		if (protocol != null) {
			return protocol;
		}
		String what = switch (type.getName()) {
		case "ClaimSet" -> "claimant";
		case "OwnershipModel" -> "ownership model";
		case "EnumLiteral" -> "enum literal";
		case "ProtFlag" -> "protection flag";
		case "WalkerFlag" -> "walker flag";
		case "NamedOutcome" -> "visitor outcome";
		case "WalkerPolicy" -> "walker policy";
		case "ComponentBinding" -> "component binding";
		default -> type.getName().toLowerCase();
		};
		return new DiagnosticMessage("unknown " + what + " '" + name + "'", Severity.ERROR,
				PtlCheck.REFERENCE_UNRESOLVED.id());
	}

	private static OwnershipModel modelOf(EObject context) {
		Encoding encoding = EcoreUtil2.getContainerOfType(context, Encoding.class);
		if (encoding != null) {
			// no proxy resolution here: this may run while the encoding's model link itself resolves
			Object model = encoding.eGet(Literals.ENCODING__MODEL, false);
			return model instanceof OwnershipModel resolved && !resolved.eIsProxy() ? resolved : null;
		}
		return EcoreUtil2.getContainerOfType(context, OwnershipModel.class);
	}

	private static String known(List<? extends Named> candidates) {
		if (candidates.isEmpty()) {
			return " (it declares none)";
		}
		List<String> named = candidates.stream().map(Named::getName).filter(java.util.Objects::nonNull).toList();
		if (named.isEmpty()) {
			return " (it declares none)";
		}
		String names = named.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
		return " (known: " + names + (named.size() > MAX_LISTED ? ", ..." : "") + ")";
	}
}
