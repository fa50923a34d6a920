package org.ptl.sim.kvm;

import org.ptl.sim.walk.VisitContext;
import org.ptl.sim.walk.Visitor;

/**
 * stage2_unmap_walker(): clears every leaf the range touches (whole blocks, even those reaching
 * past the range) and every annotation, and on the way back up (TABLE_POST) frees each table left
 * with no counted entry.
 */
final class UnmapWalker implements Visitor {

	private final PgtableLibrary library;

	UnmapWalker(PgtableLibrary library) {
		this.library = library;
	}

	@Override
	public int visit(VisitContext ctx, long visit) {
		long old = ctx.old();
		if (!ctx.table().codec().isValid(old)) {
			if (EntryUpdates.counted(old)) {
				ctx.write(0);
				ctx.pool().put(ctx.page());
			}
			return 0;
		}
		int child = -1;
		if (ctx.table().codec().isTable(old, ctx.level())) {
			child = ctx.table().childPage(old, ctx.level());
			if (ctx.pool().count(child) != 1) {
				return 0;
			}
		}
		ctx.write(0);
		if (library.maintenance().wanted()) {
			library.maintenance().perform(child >= 0 ? "TLBI ipa 0x" + Long.toHexString(ctx.addr()) + " level unknown"
					: "TLBI ipa 0x" + Long.toHexString(ctx.addr()) + " level " + ctx.level());
		}
		ctx.pool().put(ctx.page());
		if (child >= 0) {
			ctx.pool().put(child);
		}
		return 0;
	}
}
