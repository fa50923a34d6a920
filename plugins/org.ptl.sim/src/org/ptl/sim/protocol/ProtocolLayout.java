package org.ptl.sim.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.ptl.model.Action;
import org.ptl.model.Family;
import org.ptl.model.FamilyParameter;
import org.ptl.model.Protocol;
import org.ptl.model.ProtocolVariable;
import org.ptl.model.support.Protocols;

/**
 * Where a protocol's state lives in the two longs the explorer keeps per state: the global word
 * (variables not indexed by pages, the program counters of actions on no page) and each page's
 * word (variables indexed by pages, the program counters of actions on a page). A variable has one
 * instance per combination of members of its other index families, side by side; an instance takes
 * the bits its type needs ({@link ValueCodec}). Either word may hold at most 62 bits: a protocol
 * that needs more is refused with the numbers.
 */
final class ProtocolLayout {

	static final int MAX_BITS = 62;

	/**
	 * The instances of a variable or of an action's program counter in one word.
	 *
	 * @param name      for messages and traces
	 * @param families  the families indexing the instances (the page family left out)
	 * @param page      whether they live in a page's word
	 * @param offset    the first instance's lowest bit
	 * @param width     bits of one instance
	 * @param strides   member stride of each family
	 * @param sizes     members of each family
	 * @param instances how many there are
	 */
	record Slots(String name, List<Family> families, boolean page, int offset, int width, int[] strides, int[] sizes,
			int instances) {

		/** The lowest bit of the instance for these members (1-based, one per family). */
		int bit(int[] members) {
			int index = 0;
			for (int i = 0; i < members.length; i++) {
				index += (members[i] - 1) * strides[i];
			}
			return offset + index * width;
		}

		/** The members of instance number index. */
		int[] members(int index) {
			int[] members = new int[families.size()];
			for (int i = 0; i < members.length; i++) {
				members[i] = index / strides[i] % sizes[i] + 1;
			}
			return members;
		}
	}

	private final Protocol protocol;
	private final Family pages;
	private final Map<Family, Integer> sizes = new LinkedHashMap<>();
	private final Map<ProtocolVariable, Slots> variables = new LinkedHashMap<>();
	private final Map<Action, Slots> counters = new LinkedHashMap<>();
	private final Map<ProtocolVariable, ValueCodec> codecs = new LinkedHashMap<>();
	private int globalBits;
	private int pageBits;

	ProtocolLayout(Protocol protocol, ToIntFunction<String> members, DescriptorFields fields) {
		this.protocol = protocol;
		this.pages = Protocols.pages(protocol);
		for (Family family : protocol.getFamilies()) {
			if (!family.isPages()) {
				int size = members.applyAsInt(family.getName());
				if (size < Math.max(1, Protocols.fixedMembers(family))) {
					throw new IllegalArgumentException("family '" + family.getName() + "' needs at least "
							+ Math.max(1, Protocols.fixedMembers(family)) + (Protocols.fixedMembers(family) > 1
									? " members (its fixed ones)" : " member") + ", not " + size);
				}
				sizes.put(family, size);
			}
		}
		for (ProtocolVariable variable : protocol.getVariables()) {
			ValueCodec codec = ValueCodec.of(variable, fields);
			codecs.put(variable, codec);
			variables.put(variable, allocate(variable.getName(), variable.getIndices(), codec.width()));
		}
		for (Action action : protocol.getActions()) {
			if (!action.getSteps().isEmpty()) {
				List<Family> families = action.getParameters().stream().map(FamilyParameter::getFamily).toList();
				counters.put(action, allocate("pc of " + action.getName(), families,
						ValueCodec.bitsFor(action.getSteps().size())));
			}
		}
		check("global", globalBits, false);
		check("page", pageBits, true);
	}

	private Slots allocate(String name, List<Family> indices, int width) {
		boolean page = indices.contains(pages) && pages != null;
		List<Family> families = indices.stream().filter(family -> family != pages).toList();
		int[] strides = new int[families.size()];
		int[] counts = new int[families.size()];
		int instances = 1;
		for (int i = families.size() - 1; i >= 0; i--) {
			strides[i] = instances;
			counts[i] = sizes.get(families.get(i));
			instances *= counts[i];
		}
		int offset = page ? pageBits : globalBits;
		long end = offset + (long) instances * width;
		if (page) {
			pageBits = (int) Math.min(Integer.MAX_VALUE, end);
		} else {
			globalBits = (int) Math.min(Integer.MAX_VALUE, end);
		}
		return new Slots(name, families, page, offset, width, strides, counts, instances);
	}

	private void check(String word, int bits, boolean page) {
		if (bits <= MAX_BITS) {
			return;
		}
		List<String> parts = new ArrayList<>();
		variables.values().stream().filter(slots -> slots.page() == page)
				.forEach(slots -> parts.add(slots.name() + " " + slots.instances() * slots.width()));
		counters.values().stream().filter(slots -> slots.page() == page)
				.forEach(slots -> parts.add(slots.name() + " " + slots.instances() * slots.width()));
		throw new IllegalArgumentException("the " + word + " state of protocol '" + protocol.getName() + "' needs " + bits
				+ " bits (" + String.join(", ", parts) + "), but the explorer packs it into " + MAX_BITS
				+ ": explore fewer members (" + membersText() + ") or track fewer fields");
	}

	String membersText() {
		List<String> parts = new ArrayList<>();
		sizes.forEach((family, size) -> parts.add(family.getName() + "=" + size));
		return parts.isEmpty() ? "no families" : String.join(", ", parts);
	}

	Protocol protocol() {
		return protocol;
	}

	Family pages() {
		return pages;
	}

	int size(Family family) {
		return family == pages ? 0 : sizes.get(family);
	}

	Map<Family, Integer> sizes() {
		return sizes;
	}

	Slots slots(ProtocolVariable variable) {
		return variables.get(variable);
	}

	ValueCodec codec(ProtocolVariable variable) {
		return codecs.get(variable);
	}

	/** The program counters of a multi-step action, or null. */
	Slots counter(Action action) {
		return counters.get(action);
	}

	Map<ProtocolVariable, Slots> variables() {
		return variables;
	}

	Map<Action, Slots> counters() {
		return counters;
	}

	int globalBits() {
		return globalBits;
	}

	int pageBits() {
		return pageBits;
	}

	static long get(long word, int bit, int width) {
		return (word >>> bit) & ((1L << width) - 1);
	}

	static long set(long word, int bit, int width, long value) {
		long mask = ((1L << width) - 1) << bit;
		return (word & ~mask) | ((value << bit) & mask);
	}
}
