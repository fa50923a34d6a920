package org.ptl.sim.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ptl.model.Component;

/**
 * The symmetries the explorer reduces by: pages are interchangeable (nothing in a model tells one
 * page from another), and so are the members of a family (guest[1] and guest[2] start alike and
 * play the same rules). A state's canonical form is the smallest, page numbers sorted, of its
 * images under every permutation of family members, so that states that differ only by such
 * renamings are stored once.
 */
final class Symmetry {

	/** Families with more member permutations than this are not reduced (the canonical form would cost too much). */
	static final int MAX_MEMBER_PERMUTATIONS = 720;

	private final boolean pages;
	private final int[][] memberImages;
	private final String note;
	private final int[] counts;
	private final int[] scratch;
	private final int[] best;

	private Symmetry(boolean pages, int[][] memberImages, String note, int pageValues, int pageCount) {
		this.pages = pages;
		this.memberImages = memberImages;
		this.note = note;
		this.counts = new int[pageValues];
		this.scratch = new int[pageCount];
		this.best = new int[pageCount];
	}

	/** No reduction at all. */
	static Symmetry none(PageAutomaton automaton, int pageCount) {
		return new Symmetry(false, new int[0][], null, automaton.size(), pageCount);
	}

	/** Pages and family members, as far as the model allows. */
	static Symmetry of(PageAutomaton automaton, int pageCount) {
		PageModel model = automaton.model();
		List<int[]> permutations = instancePermutations(model);
		String note = null;
		if (permutations == null) {
			permutations = List.of();
			note = "family members are not reduced: more than " + MAX_MEMBER_PERMUTATIONS + " permutations";
		}
		List<int[]> images = new ArrayList<>();
		for (int[] permutation : permutations) {
			int[] image = new int[automaton.size()];
			for (int id = 0; id < automaton.size(); id++) {
				image[id] = automaton.idOf(model.permuted(automaton.value(id), permutation));
				if (image[id] < 0) {
					images = null;
					break;
				}
			}
			if (images == null) {
				break;
			}
			images.add(image);
		}
		if (images == null) {
			images = List.of();
			note = "family members are not reduced: the model does not treat them alike";
		}
		return new Symmetry(true, images.toArray(int[][]::new), note, automaton.size(), pageCount);
	}

	/** Every permutation of the instances that only exchanges members of one family, identity excluded. */
	private static List<int[]> instancePermutations(PageModel model) {
		List<List<Integer>> families = new ArrayList<>();
		Component current = null;
		for (int i = 0; i < model.instances().size(); i++) {
			PageModel.Instance instance = model.instances().get(i);
			if (instance.member() == 0) {
				continue;
			}
			if (instance.component() != current) {
				families.add(new ArrayList<>());
				current = instance.component();
			}
			families.get(families.size() - 1).add(i);
		}
		long total = 1;
		for (List<Integer> family : families) {
			for (int k = 2; k <= family.size(); k++) {
				total *= k;
				if (total > MAX_MEMBER_PERMUTATIONS) {
					return null;
				}
			}
		}
		List<int[]> result = new ArrayList<>();
		int[] identity = new int[model.instances().size()];
		for (int i = 0; i < identity.length; i++) {
			identity[i] = i;
		}
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

	boolean pages() {
		return pages;
	}

	/** The permutations of family members, as maps from page number to page number, identity excluded. */
	int[][] memberImages() {
		return memberImages;
	}

	/** Why a symmetry the model seems to have is not used, or null. */
	String note() {
		return note;
	}

	/** Puts the canonical form of ids into ids (not thread-safe: one Symmetry per thread). */
	void canonicalize(int[] ids) {
		if (!pages && memberImages.length == 0) {
			return;
		}
		sort(ids);
		if (memberImages.length == 0) {
			return;
		}
		System.arraycopy(ids, 0, best, 0, ids.length);
		for (int[] image : memberImages) {
			for (int p = 0; p < ids.length; p++) {
				scratch[p] = image[ids[p]];
			}
			sort(scratch);
			if (Arrays.compare(scratch, best) < 0) {
				System.arraycopy(scratch, 0, best, 0, ids.length);
			}
		}
		System.arraycopy(best, 0, ids, 0, ids.length);
	}

	private void sort(int[] ids) {
		if (!pages) {
			return;
		}
		if (counts.length <= 4 * ids.length) {
			// counting sort: page values are few
			Arrays.fill(counts, 0);
			for (int id : ids) {
				counts[id]++;
			}
			int at = 0;
			for (int value = 0; value < counts.length; value++) {
				for (int c = counts[value]; c > 0; c--) {
					ids[at++] = value;
				}
			}
		} else {
			Arrays.sort(ids);
		}
	}

	/** A copy for another thread. */
	Symmetry copy() {
		return new Symmetry(pages, memberImages, note, counts.length, scratch.length);
	}
}
