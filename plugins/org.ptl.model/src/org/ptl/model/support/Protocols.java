package org.ptl.model.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.ptl.model.Descriptor;
import org.ptl.model.DescriptorType;
import org.ptl.model.EnumLiteral;
import org.ptl.model.EnumType;
import org.ptl.model.Family;
import org.ptl.model.MemberSetting;
import org.ptl.model.Field;
import org.ptl.model.Protocol;
import org.ptl.model.ProtocolLiteral;
import org.ptl.model.ProtocolScenario;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.PtlPackage;

/**
 * Questions about a protocol that the scoping, the checks and the explorer ask alike: which enum
 * literals its terms may name, which descriptor a variable holds, which family is its pages.
 */
public final class Protocols {

	private Protocols() {
	}

	/** The protocol's own enum literals, then those of the fields of the descriptors its variables hold. */
	public static List<EObject> literals(Protocol protocol) {
		List<EObject> literals = new ArrayList<>();
		Set<Descriptor> descriptors = new LinkedHashSet<>();
		for (ProtocolVariable variable : protocol.getVariables()) {
			if (variable.getType() instanceof EnumType type) {
				for (ProtocolLiteral literal : type.getLiterals()) {
					literals.add(literal);
				}
			}
			Descriptor descriptor = descriptor(variable);
			if (descriptor != null) {
				descriptors.add(descriptor);
			}
		}
		for (Descriptor descriptor : descriptors) {
			for (Field field : descriptor.getFields()) {
				for (EnumLiteral literal : field.getLiterals()) {
					literals.add(literal);
				}
			}
		}
		return literals;
	}

	/** The descriptor a variable holds, or null when it holds something else or the name is unresolved. */
	public static Descriptor descriptor(ProtocolVariable variable) {
		if (!(variable.getType() instanceof DescriptorType type)) {
			return null;
		}
		Object descriptor = type.eGet(PtlPackage.Literals.DESCRIPTOR_TYPE__DESCRIPTOR, true);
		return descriptor instanceof Descriptor resolved && !resolved.eIsProxy() ? resolved : null;
	}

	/** The family declared with 'pages', or null. */
	public static Family pages(Protocol protocol) {
		for (Family family : protocol.getFamilies()) {
			if (family.isPages()) {
				return family;
			}
		}
		return null;
	}

	/** How many of a family's first members play roles of their own: 'fixed N', else 0. */
	public static int fixedMembers(Family family) {
		return family.isSetFixed() ? family.getFixed() : 0;
	}

	/** A family's size in a scenario: pages as declared (else 1), other families as set (else their fixed members, at least 1). */
	public static int size(ProtocolScenario scenario, Family family) {
		if (family == null) {
			return 0;
		}
		if (family.isPages()) {
			return scenario.isSetPages() ? scenario.getPages() : 1;
		}
		for (MemberSetting setting : scenario.getMembers()) {
			if (setting.getFamily() == family) {
				return setting.getCount();
			}
		}
		return Math.max(1, fixedMembers(family));
	}
}
