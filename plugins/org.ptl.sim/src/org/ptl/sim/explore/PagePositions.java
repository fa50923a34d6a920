package org.ptl.sim.explore;

/**
 * The encodings that keep a page value per position: by page ({@link PageVector}) or, under page
 * symmetry, sorted ({@link SortedPages}). Both pack fixed-width fields (the global number, when
 * there is one, in the last) and reach a successor's canonical form by changing positions and
 * canonicalizing.
 */
abstract class PagePositions extends StateEncoding {

	final PageAutomaton automaton;
	final Symmetry symmetry;
	final BoundWatch watch;
	final int pages;
	final Fields fields;
	final long[] scratch;
	final int[] ids;
	private final int[] next;
	final GlobalMoves global;

	PagePositions(PageAutomaton automaton, int pages, Symmetry symmetry, BoundWatch watch) {
		this.automaton = automaton;
		this.symmetry = symmetry;
		this.watch = watch;
		this.pages = pages;
		int count = pages + (automaton.hasGlobal() ? 1 : 0);
		this.fields = fields(automaton, pages, automaton.size());
		this.scratch = new long[fields.words];
		this.ids = new int[count];
		this.next = new int[count];
		this.global = automaton.hasGlobal() ? new GlobalMoves(automaton, pages, watch) : null;
	}

	@Override
	int words() {
		return fields.words;
	}

	@Override
	int bits() {
		return fields.totalBits();
	}

	@Override
	void encode(int[] state, long[] out, int offset) {
		int[] canonical = state.clone();
		symmetry.canonicalize(canonical);
		fields.pack(canonical, out, offset);
	}

	@Override
	void decode(long[] key, int offset, int[] state) {
		fields.unpack(key, offset, state);
	}

	/** Emits the state in ids with position p set to target, in canonical form. */
	final void emitCanonical(int p, int target, Sink sink) {
		System.arraycopy(ids, 0, next, 0, ids.length);
		next[p] = target;
		symmetry.canonicalize(next);
		fields.pack(next, scratch, 0);
		sink.successor(scratch, automaton.breaks(target));
	}

	/** The successors of a system with a global value, through {@link GlobalMoves}. */
	final boolean globalSuccessors(long[] key, int offset, Sink sink, boolean sorted) {
		fields.unpack(key, offset, ids);
		return global.successors(ids, sorted, (state, breaks) -> {
			System.arraycopy(state, 0, next, 0, next.length);
			symmetry.canonicalize(next);
			fields.pack(next, scratch, 0);
			sink.successor(scratch, breaks);
		});
	}
}
