package org.ptl.sim.explore;

/**
 * The encodings that keep a page value per position: by page ({@link PageVector}) or, under page
 * symmetry, sorted ({@link SortedPages}). Both pack fixed-width fields and reach a successor's
 * canonical form by changing one position and canonicalizing.
 */
abstract class PagePositions extends StateEncoding {

	final PageAutomaton automaton;
	final Symmetry symmetry;
	final Fields fields;
	final long[] scratch;
	final int[] ids;
	private final int[] next;

	PagePositions(PageAutomaton automaton, int pages, Symmetry symmetry) {
		this.automaton = automaton;
		this.symmetry = symmetry;
		this.fields = new Fields(pages, bitsFor(automaton.size()));
		this.scratch = new long[fields.words];
		this.ids = new int[pages];
		this.next = new int[pages];
	}

	@Override
	int words() {
		return fields.words;
	}

	@Override
	int bits() {
		return fields.count * fields.bits;
	}

	@Override
	void encode(int[] pageIds, long[] out, int offset) {
		int[] canonical = pageIds.clone();
		symmetry.canonicalize(canonical);
		fields.pack(canonical, out, offset);
	}

	@Override
	void decode(long[] key, int offset, int[] pageIds) {
		fields.unpack(key, offset, pageIds);
	}

	/** Emits the state in ids with position p set to target, in canonical form. */
	final void emitCanonical(int p, int target, Sink sink) {
		System.arraycopy(ids, 0, next, 0, ids.length);
		next[p] = target;
		symmetry.canonicalize(next);
		fields.pack(next, scratch, 0);
		sink.successor(scratch, target);
	}
}
