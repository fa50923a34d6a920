package org.ptl.sim.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The symmetries the explorer reduces by: pages are interchangeable (nothing in a model tells one
 * page from another), and so are the members of a family (guest[1] and guest[2], two vCPUs) that
 * start alike and play the same rules. A state's canonical form is the smallest, page numbers
 * sorted, of its images under every permutation of family members, so that states that differ only
 * by such renamings are stored once. A state's ids are its page numbers followed, when the system
 * has a global value, by the global number, which member permutations map too.
 */
final class Symmetry {

	private final boolean pages;
	private final int[][] memberImages;
	private final int[][] globalImages;
	private final String note;
	private final int pageCount;
	private final int[] counts;
	private final int[] scratch;
	private final int[] best;

	private Symmetry(boolean pages, int[][] memberImages, int[][] globalImages, String note, int pageValues,
			int pageCount, int ids) {
		this.pages = pages;
		this.memberImages = memberImages;
		this.globalImages = globalImages;
		this.note = note;
		this.pageCount = pageCount;
		this.counts = new int[pageValues];
		this.scratch = new int[ids];
		this.best = new int[ids];
	}

	/** No reduction at all. */
	static Symmetry none(PageAutomaton automaton, int pageCount) {
		return new Symmetry(false, new int[0][], new int[0][], null, automaton.size(), pageCount, ids(automaton, pageCount));
	}

	private static int ids(PageAutomaton automaton, int pageCount) {
		return pageCount + (automaton.hasGlobal() ? 1 : 0);
	}

	/** Pages and family members, as far as the model allows. */
	static Symmetry of(PageAutomaton automaton, int pageCount) {
		PagedSystem system = automaton.system();
		List<int[]> permutations = system.memberPermutations();
		String note = system.symmetryNote();
		if (permutations == null) {
			permutations = List.of();
			note = "family members are not reduced: more than " + OwnershipPages.MAX_MEMBER_PERMUTATIONS + " permutations";
		}
		List<int[]> images = new ArrayList<>();
		List<int[]> globalImages = new ArrayList<>();
		for (int[] permutation : permutations) {
			int[] image = new int[automaton.size()];
			int[] globalImage = new int[automaton.globalCount()];
			boolean alike = true;
			for (int id = 0; id < automaton.size() && alike; id++) {
				image[id] = automaton.idOf(system.permutePage(automaton.value(id), permutation));
				alike = image[id] >= 0;
			}
			for (int id = 0; id < automaton.globalCount() && alike; id++) {
				globalImage[id] = automaton.globalIdOf(system.permuteGlobal(automaton.global(id), permutation));
				alike = globalImage[id] >= 0;
			}
			if (!alike) {
				images = null;
				break;
			}
			images.add(image);
			globalImages.add(globalImage);
		}
		if (images == null) {
			images = List.of();
			globalImages = List.of();
			note = "family members are not reduced: the model does not treat them alike";
		}
		return new Symmetry(true, images.toArray(int[][]::new), globalImages.toArray(int[][]::new), note,
				automaton.size(), pageCount, ids(automaton, pageCount));
	}

	boolean pages() {
		return pages;
	}

	/** The permutations of family members, as maps from page number to page number, identity excluded. */
	int[][] memberImages() {
		return memberImages;
	}

	/** The same permutations as maps from global number to global number. */
	int[][] globalImages() {
		return globalImages;
	}

	/** Why a symmetry the model seems to have is not used, or null. */
	String note() {
		return note;
	}

	/** Puts the canonical form of ids (page numbers, then the global number if any) into ids; one Symmetry per thread. */
	void canonicalize(int[] ids) {
		if (!pages && memberImages.length == 0) {
			return;
		}
		sort(ids);
		if (memberImages.length == 0) {
			return;
		}
		System.arraycopy(ids, 0, best, 0, ids.length);
		for (int m = 0; m < memberImages.length; m++) {
			int[] image = memberImages[m];
			for (int p = 0; p < pageCount; p++) {
				scratch[p] = image[ids[p]];
			}
			if (ids.length > pageCount) {
				scratch[pageCount] = globalImages[m][ids[pageCount]];
			}
			sort(scratch);
			if (compare(scratch, best) < 0) {
				System.arraycopy(scratch, 0, best, 0, ids.length);
			}
		}
		System.arraycopy(best, 0, ids, 0, ids.length);
	}

	/** Orders states by their global number first, then their page numbers. */
	private int compare(int[] a, int[] b) {
		if (a.length > pageCount && a[pageCount] != b[pageCount]) {
			return Integer.compare(a[pageCount], b[pageCount]);
		}
		return Arrays.compare(a, 0, pageCount, b, 0, pageCount);
	}

	/** Sorts the page numbers (not the global number after them). */
	private void sort(int[] ids) {
		if (!pages) {
			return;
		}
		if (counts.length <= 4 * pageCount) {
			// counting sort: page values are few
			Arrays.fill(counts, 0);
			for (int p = 0; p < pageCount; p++) {
				counts[ids[p]]++;
			}
			int at = 0;
			for (int value = 0; value < counts.length; value++) {
				for (int c = counts[value]; c > 0; c--) {
					ids[at++] = value;
				}
			}
		} else {
			Arrays.sort(ids, 0, pageCount);
		}
	}

	/** A copy for another thread. */
	Symmetry copy() {
		return new Symmetry(pages, memberImages, globalImages, note, counts.length, pageCount, scratch.length);
	}
}
