package org.ptl.sim.kvm;

import org.ptl.model.OperationKind;
import org.ptl.sim.Errno;
import org.ptl.sim.walk.KeyedVisitor;
import org.ptl.sim.walk.VisitContext;

/**
 * stage2_age_walker(): reports whether any valid leaf of the range is young (its mkold rule would
 * change it) and, when asked to, makes it old.
 */
final class AgeWalker implements KeyedVisitor {

	private final PgtableLibrary library;
	private final boolean mkold;
	boolean young;

	AgeWalker(PgtableLibrary library, boolean mkold) {
		this.library = library;
		this.mkold = mkold;
	}

	@Override
	public long stateKey() {
		return young ? 1 : 0;
	}

	@Override
	public int visit(VisitContext ctx, long visit) {
		long old = ctx.old();
		long aged = library.operations().apply(OperationKind.MKOLD, old, 0);
		if (!ctx.table().codec().isValid(old) || aged == old) {
			return 0;
		}
		young = true;
		if (mkold && !library.updates().trySet(ctx, aged)) {
			return -Errno.EAGAIN;
		}
		return 0;
	}
}
