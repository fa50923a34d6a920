package org.ptl.sim.explore;

/**
 * How many states the canonical states stand for: for each, the size of its orbit under the
 * symmetries used (the ways to assign its page values to pages, times the family-member
 * permutations that give a different state), summed in floating point since the totals outgrow any
 * integer (5^64 for 64 pages of 5 values).
 */
final class OrbitCounter {

	private OrbitCounter() {
	}

	static double unreducedStates(StateStore store, StateEncoding encoding, int pages, Symmetry symmetry,
			PageAutomaton automaton) {
		if (!symmetry.pages() && symmetry.memberImages().length == 0) {
			return store.size();
		}
		double[] logFactorial = new double[pages + 1];
		for (int n = 2; n <= pages; n++) {
			logFactorial[n] = logFactorial[n - 1] + Math.log(n);
		}
		int[][] images = symmetry.memberImages();
		long[] key = new long[encoding.words()];
		int[] ids = new int[pages + (automaton.hasGlobal() ? 1 : 0)];
		int[] image = new int[ids.length];
		int[] counts = new int[automaton.size()];
		double total = 0;
		for (int id = 0; id < store.size(); id++) {
			store.read(id, key, 0);
			encoding.decode(key, 0, ids);
			double orbit = 1;
			if (symmetry.pages()) {
				double log = logFactorial[pages];
				for (int p = 0; p < pages; p++) {
					counts[ids[p]]++;
				}
				for (int p = 0; p < pages; p++) {
					if (counts[ids[p]] > 0) {
						log -= logFactorial[counts[ids[p]]];
						counts[ids[p]] = 0;
					}
				}
				orbit = Math.exp(log);
			}
			if (images.length > 0) {
				int fixed = 1;
				for (int m = 0; m < images.length; m++) {
					int[] map = images[m];
					for (int p = 0; p < pages; p++) {
						image[p] = map[ids[p]];
					}
					if (ids.length > pages) {
						image[pages] = symmetry.globalImages()[m][ids[pages]];
					}
					if (symmetry.pages()) {
						java.util.Arrays.sort(image, 0, pages);
					}
					if (java.util.Arrays.equals(image, ids)) {
						fixed++;
					}
				}
				orbit *= (double) (images.length + 1) / fixed;
			}
			total += orbit;
		}
		return Math.rint(total) == total || total > 1e15 ? total : Math.rint(total);
	}
}
