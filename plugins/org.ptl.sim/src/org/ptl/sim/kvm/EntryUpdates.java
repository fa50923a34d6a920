package org.ptl.sim.kvm;

import org.ptl.model.SeededBug;
import org.ptl.sim.maintenance.CpuFeatures;
import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.maintenance.MaintenanceEvent;
import org.ptl.sim.maintenance.MaintenanceKind;
import org.ptl.sim.maintenance.TlbFlushes;
import org.ptl.sim.table.MemoryOrder;
import org.ptl.sim.walk.VisitContext;
import org.ptl.sim.walk.WalkFlags;

/**
 * How the page-table library changes one entry (pgtable.c): stage2_try_set_pte (a plain store for
 * an exclusive walker, compare-and-swap for a shared one), break-before-make (install the lock
 * marker, invalidate the TLB, drop the entry's reference) and make (take the new entry's reference,
 * store it). Every non-zero entry holds one reference on the page that contains it.
 */
final class EntryUpdates {

	private final OperationSet operations;
	private final Maintenance maintenance;
	private final CpuFeatures features;

	EntryUpdates(OperationSet operations, Maintenance maintenance, CpuFeatures features) {
		this.operations = operations;
		this.maintenance = maintenance;
		this.features = features;
	}

	static boolean counted(long descriptor) {
		return descriptor != 0;
	}

	boolean trySet(VisitContext ctx, long value) {
		if (!ctx.shared()) {
			ctx.write(value);
			return true;
		}
		return ctx.pool().compareAndSet(ctx.page(), ctx.index(), ctx.old(), value);
	}

	/** stage2_try_break_pte(). */
	boolean tryBreak(VisitContext ctx) {
		if (operations.isLocked(ctx.old())) {
			return false;
		}
		if (!trySet(ctx, operations.lockMarker())) {
			return false;
		}
		if ((ctx.flags() & WalkFlags.SKIP_BBM_TLBI) == 0 && maintenance.wanted()
				&& !operations.seeded(SeededBug.BREAK_WITHOUT_TLBI)) {
			long old = ctx.old();
			int level = ctx.level();
			if (ctx.table().codec().isTable(old, level)) {
				long size = ctx.table().geometry().entrySize(level);
				TlbFlushes.vmidRange(maintenance, features, ctx.addr() & -size, size,
						ctx.table().geometry().pageShift());
			} else if (ctx.table().codec().isValid(old)) {
				// the seeded bug invalidates the next entry's address instead of this one's
				long address = operations.seeded(SeededBug.TLBI_WRONG_PAGE)
						? (ctx.addr() & -ctx.table().geometry().entrySize(level)) + ctx.table().geometry().entrySize(level)
						: ctx.addr();
				maintenance.perform(MaintenanceEvent.at(MaintenanceKind.TLBI_IPA, address, level));
			}
		}
		if (counted(ctx.old())) {
			ctx.pool().put(ctx.page());
		}
		return true;
	}

	/** stage2_make_pte(). */
	void make(VisitContext ctx, long value) {
		if (counted(value)) {
			ctx.pool().get(ctx.page());
		}
		ctx.pool().write(ctx.page(), ctx.index(), value,
				operations.seeded(SeededBug.PLAIN_MAKE) ? MemoryOrder.PLAIN : MemoryOrder.RELEASE);
	}

	/** Cache maintenance before a new leaf becomes visible (skipped with SKIP_CMO). */
	void cleanBeforeMake(VisitContext ctx, long value, boolean cacheable, boolean executable) {
		if ((ctx.flags() & WalkFlags.SKIP_CMO) != 0) {
			return;
		}
		long size = ctx.table().geometry().entrySize(ctx.level());
		long pa = ctx.table().codec().outputAddress(value, ctx.level());
		// clean_dcache_guest_page() returns at once on a CPU with FWB
		if (cacheable && !features.fwb()) {
			maintenance.perform(MaintenanceEvent.range(MaintenanceKind.DC_CIVAC, pa, size));
		}
		if (executable) {
			maintenance.perform(MaintenanceEvent.range(MaintenanceKind.IC_IVAU, pa, size));
		}
	}
}
