package org.ptl.sim.kvm;

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

	EntryUpdates(OperationSet operations, Maintenance maintenance) {
		this.operations = operations;
		this.maintenance = maintenance;
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
		if ((ctx.flags() & WalkFlags.SKIP_BBM_TLBI) == 0 && maintenance.wanted()) {
			long old = ctx.old();
			int level = ctx.level();
			if (ctx.table().codec().isTable(old, level)) {
				long size = ctx.table().geometry().entrySize(level);
				maintenance.perform("TLBI range 0x" + Long.toHexString(ctx.addr() & -size) + "+0x"
						+ Long.toHexString(size));
			} else if (ctx.table().codec().isValid(old)) {
				maintenance.perform("TLBI ipa 0x" + Long.toHexString(ctx.addr()) + " level " + level);
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
		ctx.write(value);
	}

	/** Cache maintenance before a new leaf becomes visible (skipped with SKIP_CMO). */
	void cleanBeforeMake(VisitContext ctx, long value, boolean cacheable, boolean executable) {
		if ((ctx.flags() & WalkFlags.SKIP_CMO) != 0) {
			return;
		}
		long size = ctx.table().geometry().entrySize(ctx.level());
		long pa = ctx.table().codec().outputAddress(value, ctx.level());
		if (cacheable) {
			maintenance.perform("DC CIVAC 0x" + Long.toHexString(pa) + "+0x" + Long.toHexString(size));
		}
		if (executable) {
			maintenance.perform("IC IVAU 0x" + Long.toHexString(pa) + "+0x" + Long.toHexString(size));
		}
	}
}
