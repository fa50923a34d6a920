package org.ptl.sim.kvm;

import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.maintenance.MaintenanceEvent;
import org.ptl.sim.maintenance.MaintenanceKind;
import org.ptl.sim.walk.VisitContext;
import org.ptl.sim.walk.Visitor;

/**
 * stage2_unmap_walker(): clears every leaf the range touches (whole blocks, even those reaching
 * past the range) and every annotation, and on the way back up (TABLE_POST) frees each table left
 * with no counted entry. Each valid entry cleared is invalidated at once (a table at an unknown
 * level), unless the CPU defers leaves to one range invalidation; a cacheable leaf's output range is
 * cleaned to the point of coherency after, unless the CPU has FWB.
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
		boolean clean = false;
		if (ctx.table().codec().isTable(old, ctx.level())) {
			child = ctx.table().childPage(old, ctx.level());
			if (ctx.pool().count(child) != 1) {
				return 0;
			}
		} else {
			clean = library.cacheable(old, ctx.level()) && !library.features().fwb();
		}
		ctx.write(0);
		Maintenance maintenance = library.maintenance();
		if (maintenance.wanted()) {
			if (child >= 0) {
				maintenance.perform(MaintenanceEvent.at(MaintenanceKind.TLBI_IPA, ctx.addr(), MaintenanceEvent.LEVEL_UNKNOWN));
			} else if (!library.defersUnmapFlush()) {
				maintenance.perform(MaintenanceEvent.at(MaintenanceKind.TLBI_IPA, ctx.addr(), ctx.level()));
			}
		}
		ctx.pool().put(ctx.page());
		if (clean && maintenance.wanted()) {
			maintenance.perform(MaintenanceEvent.range(MaintenanceKind.DC_CIVAC,
					ctx.table().codec().outputAddress(old, ctx.level()), ctx.table().geometry().entrySize(ctx.level())));
		}
		if (child >= 0) {
			ctx.pool().put(child);
		}
		return 0;
	}
}
