package org.ptl.sim.kvm;

import org.ptl.sim.Errno;
import org.ptl.sim.maintenance.MaintenanceEvent;
import org.ptl.sim.maintenance.MaintenanceKind;
import org.ptl.sim.walk.VisitContext;
import org.ptl.sim.walk.Visitor;

/**
 * hyp_unmap_walker(), the EL2 stage-1 unmap of Linux 6.12: clears each leaf with its own TLBI
 * (VALE2IS), frees each table left with no entry (VAE2IS), and counts the bytes unmapped. An invalid
 * entry, or a block that reaches past the range, ends the walk with -EINVAL, so the caller sees
 * fewer bytes unmapped than it asked for.
 */
final class HypUnmapWalker implements Visitor {

	private final PgtableLibrary library;
	long unmapped;

	HypUnmapWalker(PgtableLibrary library) {
		this.library = library;
	}

	@Override
	public int visit(VisitContext ctx, long visit) {
		long old = ctx.old();
		if (!ctx.table().codec().isValid(old)) {
			return -Errno.EINVAL;
		}
		int child = -1;
		if (ctx.table().codec().isTable(old, ctx.level())) {
			child = ctx.table().childPage(old, ctx.level());
			if (ctx.pool().count(child) != 1) {
				return 0;
			}
			ctx.write(0);
			if (library.maintenance().wanted()) {
				library.maintenance().perform(
						MaintenanceEvent.at(MaintenanceKind.TLBI_VAE2IS, ctx.addr(), MaintenanceEvent.LEVEL_UNKNOWN));
			}
		} else {
			long granule = ctx.table().geometry().entrySize(ctx.level());
			if (Long.compareUnsigned(ctx.end() - ctx.addr(), granule) < 0) {
				return -Errno.EINVAL;
			}
			ctx.write(0);
			if (library.maintenance().wanted()) {
				library.maintenance().perform(MaintenanceEvent.at(MaintenanceKind.TLBI_VALE2IS, ctx.addr(), ctx.level()));
			}
			unmapped += granule;
		}
		ctx.pool().put(ctx.page());
		if (child >= 0) {
			ctx.pool().put(child);
		}
		return 0;
	}
}
