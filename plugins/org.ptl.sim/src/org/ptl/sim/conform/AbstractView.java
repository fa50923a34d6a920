package org.ptl.sim.conform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ptl.model.FieldKind;
import org.ptl.model.State;
import org.ptl.sim.format.DescriptorLayout;
import org.ptl.sim.format.FieldCodec;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.own.OwnershipSystem;

/**
 * The abstract view of a table (DOMAIN.md §9.4, after the pKVM ghost specification's maplets): its
 * mappings as sorted, coalesced ranges of input addresses, each mapped (output range, permissions,
 * memory type, ownership state) or unmapped with the owner its annotation names. Two runs that leave
 * the same view mapped the same things, whatever tables they built to do it.
 */
public final class AbstractView {

	private AbstractView() {
	}

	/** The table's ranges, in input-address order, adjacent equal ones merged. */
	static List<Maplet> of(TraceTable table, TableMemory memory) {
		List<Maplet> maplets = new ArrayList<>();
		memory.forEach(table, (input, size, descriptor, level) -> add(maplets, maplet(table, input, size, descriptor, level)));
		return maplets;
	}

	private static void add(List<Maplet> maplets, Maplet next) {
		int last = maplets.size() - 1;
		if (last >= 0 && maplets.get(last).continuedBy(next)) {
			maplets.set(last, maplets.get(last).extendedTo(next.end()));
		} else {
			maplets.add(next);
		}
	}

	private static Maplet maplet(TraceTable table, long input, long size, long descriptor, int level) {
		FormatCodec codec = table.codec();
		String state = "";
		if (table.states() != null) {
			State held = OwnershipSystem.stateOfLeaf(table.component(), table.states(), codec, descriptor);
			state = held == null ? "?" : held.getName();
		}
		DescriptorLayout layout = codec.layoutOf(descriptor, level);
		if (codec.isValid(descriptor)) {
			return new Maplet(input, input + size, true, codec.outputAddress(descriptor, level),
					layout == null ? "" : attributes(layout, descriptor), state, -1);
		}
		return new Maplet(input, input + size, false, 0, "", state, ownerOf(layout, descriptor));
	}

	/** The owner id an invalid descriptor's annotation names (a field called owner...), or -1. */
	static long ownerOf(DescriptorLayout layout, long descriptor) {
		if (layout != null) {
			for (FieldCodec field : layout.fields()) {
				if (field.name().toLowerCase(Locale.ROOT).startsWith("owner") && field.get(descriptor) != 0) {
					return field.get(descriptor);
				}
			}
		}
		return -1;
	}

	/** The permission fields and the memory type, decoded. */
	private static String attributes(DescriptorLayout layout, long descriptor) {
		List<String> parts = new ArrayList<>();
		for (FieldCodec field : layout.fields()) {
			String name = field.name().toLowerCase(Locale.ROOT);
			boolean permission = (field.mask() & layout.permissionMask()) != 0;
			boolean memoryType = name.contains("memattr") || name.contains("attrindx") || name.equals("attr_idx");
			if ((permission || memoryType) && field.kind() != FieldKind.FIXED) {
				parts.add(field.name() + "=" + field.describe(field.get(descriptor)));
			}
		}
		return String.join(", ", parts);
	}
}
