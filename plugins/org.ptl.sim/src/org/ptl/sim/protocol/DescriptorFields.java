package org.ptl.sim.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.ptl.model.Assignment;
import org.ptl.model.Descriptor;
import org.ptl.model.Field;
import org.ptl.model.NumberTerm;
import org.ptl.model.Protocol;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.Term;
import org.ptl.model.ValueTest;
import org.ptl.model.VariableAccess;
import org.ptl.model.support.Bits;
import org.ptl.model.support.Protocols;

/**
 * The fields of each descriptor that a protocol's state keeps: those the protocol names, and those
 * a whole-descriptor constant (an initial value, an assignment, a comparison) sets bits of. The
 * others never change and take no bits; a descriptor's value is its kept fields side by side,
 * lowest bits first.
 */
final class DescriptorFields {

	private final Map<Descriptor, List<Field>> kept = new LinkedHashMap<>();

	DescriptorFields(Protocol protocol) {
		Map<Descriptor, Set<Field>> named = new LinkedHashMap<>();
		for (ProtocolVariable variable : protocol.getVariables()) {
			Descriptor descriptor = Protocols.descriptor(variable);
			if (descriptor != null) {
				named.computeIfAbsent(descriptor, d -> new LinkedHashSet<>());
				if (variable.getInitial() instanceof NumberTerm constant) {
					addOverlapping(named.get(descriptor), descriptor, constant.getValue());
				}
			}
		}
		for (java.util.Iterator<EObject> all = EcoreUtil.getAllContents(protocol, true); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof VariableAccess access && access.getTarget() instanceof ProtocolVariable variable) {
				Descriptor descriptor = Protocols.descriptor(variable);
				if (descriptor != null && access.getField() != null) {
					named.get(descriptor).add(access.getField());
				} else if (descriptor != null) {
					Long constant = constantBeside(access);
					if (constant != null) {
						addOverlapping(named.get(descriptor), descriptor, constant);
					}
				}
			}
		}
		named.forEach((descriptor, fields) -> {
			List<Field> sorted = new ArrayList<>(fields);
			sorted.sort(Comparator.comparingInt(field -> Bits.low(field.getBits())));
			kept.put(descriptor, sorted);
		});
	}

	/** The constant a whole descriptor is compared with or assigned, or null. */
	private static Long constantBeside(VariableAccess access) {
		EObject container = access.eContainer();
		if (container instanceof ValueTest test && test.isSetComparison()) {
			Term other = test.getLeft() == access ? test.getRight() : test.getLeft();
			return other instanceof NumberTerm number ? number.getValue() : null;
		}
		if (container instanceof Assignment assignment && assignment.getTarget() == access
				&& assignment.getValue() instanceof ValueTest value && value.getLeft() instanceof NumberTerm number) {
			return number.getValue();
		}
		return null;
	}

	private static void addOverlapping(Set<Field> fields, Descriptor descriptor, long constant) {
		for (Field field : descriptor.getFields()) {
			if (field.getBits() != null && (Bits.mask(field.getBits()) & constant) != 0) {
				fields.add(field);
			}
		}
	}

	/** The kept fields of a descriptor, lowest bits first. */
	List<Field> of(Descriptor descriptor) {
		return kept.getOrDefault(descriptor, List.of());
	}
}
