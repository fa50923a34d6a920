package org.ptl.sim.kvm;

import org.ptl.sim.walk.VisitContext;
import org.ptl.sim.walk.Visitor;

/**
 * stage2_free_walker(): drops the references of a detached subtree (every counted entry's, and
 * each table's own), so that its pages are freed.
 */
final class FreeWalker implements Visitor {

	static final FreeWalker INSTANCE = new FreeWalker();

	@Override
	public int visit(VisitContext ctx, long visit) {
		long old = ctx.old();
		if (!EntryUpdates.counted(old)) {
			return 0;
		}
		ctx.pool().put(ctx.page());
		if (ctx.table().codec().isTable(old, ctx.level())) {
			ctx.pool().put(ctx.table().childPage(old, ctx.level()));
		}
		return 0;
	}
}
