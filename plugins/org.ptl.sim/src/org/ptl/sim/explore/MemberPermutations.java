package org.ptl.sim.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The permutations of member slots that exchange members within families and leave everything
 * else in place: the symmetries of a model whose family members start alike and play the same
 * rules. Each is a map from slot to slot; the identity is left out.
 */
public final class MemberPermutations {

	private MemberPermutations() {
	}

	/**
	 * @param slots    how many slots there are
	 * @param families the slots of each family's interchangeable members
	 * @param max      the most permutations worth trying
	 * @return the permutations, or null when there would be more than max
	 */
	public static List<int[]> of(int slots, List<List<Integer>> families, int max) {
		long total = 1;
		for (List<Integer> family : families) {
			for (int k = 2; k <= family.size(); k++) {
				total *= k;
				if (total > max) {
					return null;
				}
			}
		}
		int[] identity = new int[slots];
		for (int i = 0; i < identity.length; i++) {
			identity[i] = i;
		}
		List<int[]> result = new ArrayList<>();
		result.add(identity);
		for (List<Integer> family : families) {
			List<int[]> extended = new ArrayList<>();
			for (int[] base : result) {
				for (int[] order : orders(family.size())) {
					int[] permutation = base.clone();
					for (int k = 0; k < family.size(); k++) {
						permutation[family.get(k)] = base[family.get(order[k])];
					}
					extended.add(permutation);
				}
			}
			result = extended;
		}
		result.removeIf(permutation -> Arrays.equals(permutation, identity));
		return result;
	}

	/** All orders of 0..n-1. */
	private static List<int[]> orders(int n) {
		List<int[]> orders = new ArrayList<>();
		permute(new int[n], new boolean[n], 0, orders);
		return orders;
	}

	private static void permute(int[] order, boolean[] used, int at, List<int[]> orders) {
		if (at == order.length) {
			orders.add(order.clone());
			return;
		}
		for (int i = 0; i < order.length; i++) {
			if (!used[i]) {
				used[i] = true;
				order[at] = i;
				permute(order, used, at + 1, orders);
				used[i] = false;
			}
		}
	}
}
