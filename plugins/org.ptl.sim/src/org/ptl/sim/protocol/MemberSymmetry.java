package org.ptl.sim.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ptl.model.Family;
import org.ptl.model.support.Protocols;
import org.ptl.sim.explore.MemberPermutations;

/**
 * The member permutations of a protocol and how they act on a word: the members of each family
 * after its fixed ones are interchangeable; a permutation maps member slots (the families' members
 * one after the other), and moves every variable instance and program counter to the instance of
 * the permuted members.
 */
final class MemberSymmetry {

	static final int MAX_PERMUTATIONS = 720;

	private final ProtocolLayout layout;
	private final Map<Family, Integer> firstSlot = new LinkedHashMap<>();
	private final int slots;

	MemberSymmetry(ProtocolLayout layout) {
		this.layout = layout;
		int at = 0;
		for (Map.Entry<Family, Integer> entry : layout.sizes().entrySet()) {
			firstSlot.put(entry.getKey(), at);
			at += entry.getValue();
		}
		this.slots = at;
	}

	/** The permutations, identity excluded; null when there are too many. */
	List<int[]> permutations() {
		List<List<Integer>> families = new ArrayList<>();
		layout.sizes().forEach((family, size) -> {
			List<Integer> free = new ArrayList<>();
			for (int member = Protocols.fixedMembers(family) + 1; member <= size; member++) {
				free.add(firstSlot.get(family) + member - 1);
			}
			if (free.size() > 1) {
				families.add(free);
			}
		});
		return MemberPermutations.of(slots, families, MAX_PERMUTATIONS);
	}

	/** The word with every instance moved to its permuted members. */
	long permute(long word, boolean page, int[] permutation) {
		long result = word;
		for (ProtocolLayout.Slots instances : layout.variables().values()) {
			result = move(word, result, instances, page, permutation);
		}
		for (ProtocolLayout.Slots instances : layout.counters().values()) {
			result = move(word, result, instances, page, permutation);
		}
		return result;
	}

	private long move(long word, long result, ProtocolLayout.Slots instances, boolean page, int[] permutation) {
		if (instances.page() != page || instances.families().isEmpty()) {
			return result;
		}
		long moved = result;
		for (int index = 0; index < instances.instances(); index++) {
			int[] members = instances.members(index);
			int[] image = new int[members.length];
			for (int i = 0; i < members.length; i++) {
				int first = firstSlot.get(instances.families().get(i));
				image[i] = permutation[first + members[i] - 1] - first + 1;
			}
			long value = ProtocolLayout.get(word, instances.offset() + index * instances.width(), instances.width());
			moved = ProtocolLayout.set(moved, instances.bit(image), instances.width(), value);
		}
		return moved;
	}
}
