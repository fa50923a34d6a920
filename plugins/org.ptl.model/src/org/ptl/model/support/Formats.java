package org.ptl.model.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ptl.model.Descriptor;
import org.ptl.model.DescriptorKind;
import org.ptl.model.Field;
import org.ptl.model.Format;

/**
 * The descriptors a format really has: its own, or those of the format it takes them from
 * ({@code descriptors from}), followed transitively; and views of them by kind.
 */
public final class Formats {

	private Formats() {
	}

	public static List<Descriptor> descriptors(Format format) {
		Set<Format> seen = new HashSet<>();
		Format current = format;
		while (current != null && !current.eIsProxy() && seen.add(current)) {
			if (!current.getDescriptors().isEmpty() || current.getDescriptorsFrom() == null) {
				return current.getDescriptors();
			}
			current = current.getDescriptorsFrom();
		}
		return List.of();
	}

	public static List<Descriptor> ofKind(Format format, DescriptorKind kind) {
		List<Descriptor> result = new ArrayList<>();
		for (Descriptor descriptor : descriptors(format)) {
			if (descriptor.getKind() == kind) {
				result.add(descriptor);
			}
		}
		return result;
	}

	/** Page descriptors first, then block descriptors: where leaf attributes are looked up by name. */
	public static List<Descriptor> leaves(Format format) {
		List<Descriptor> leaves = new ArrayList<>(ofKind(format, DescriptorKind.PAGE));
		leaves.addAll(ofKind(format, DescriptorKind.BLOCK));
		return leaves;
	}

	/** The fields of the given descriptors by name, the first descriptor's field winning. */
	public static List<Field> fieldsByName(List<Descriptor> descriptors) {
		Map<String, Field> fields = new LinkedHashMap<>();
		for (Descriptor descriptor : descriptors) {
			for (Field field : descriptor.getFields()) {
				fields.putIfAbsent(field.getName(), field);
			}
		}
		return new ArrayList<>(fields.values());
	}
}
