package org.ptl.sim.kvm;

import org.ptl.model.OperationKind;
import org.ptl.sim.table.Memcache;

/**
 * What kvm_pgtable_stage2_map() carries from one call to the next, as the fault path calls it once
 * per 4K page: what the last protection gave (the error it is rejected with and the attributes it
 * sets depend on it alone), and a map visitor to start again rather than make anew, so that a map
 * call makes no object (a map that runs while another is in progress gets a visitor of its own).
 */
final class MapCalls {

	private final PgtableLibrary library;
	private final Memcache memcache;
	private boolean known;
	private long prot;
	private int rejected;
	private long attributes;
	private MapWalker idle;

	MapCalls(PgtableLibrary library, Memcache memcache) {
		this.library = library;
		this.memcache = memcache;
	}

	/** 0, or the error map returns for the protection before walking. */
	int rejected(long given) {
		if (!known || given != prot) {
			OperationSet operations = library.operations();
			rejected = operations.reject(OperationKind.MAP, given);
			attributes = rejected != 0 ? 0 : operations.apply(OperationKind.MAP, 0, given);
			prot = given;
			known = true;
		}
		return rejected;
	}

	/** The leaf attributes of the protection last given to {@link #rejected}. */
	long attributes() {
		return attributes;
	}

	/** A map visitor for the output address and attributes; back with {@link #release} when done. */
	MapWalker take(long phys, long leafAttributes) {
		MapWalker visitor = idle;
		if (visitor == null) {
			return new MapWalker(library, phys, leafAttributes, 0, false, memcache);
		}
		idle = null;
		return visitor.restart(phys, leafAttributes);
	}

	void release(MapWalker visitor) {
		idle = visitor;
	}
}
