package org.ptl.sim.kvm;

import org.ptl.model.OperationKind;
import org.ptl.sim.Errno;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.walk.VisitContext;
import org.ptl.sim.walk.Visitor;

/**
 * stage2_split_walker(): replaces each valid block of the range by a table of smaller leaves with
 * the block's attributes as the split rules rebuild them. With cache pages enough for the whole
 * subtree it maps pages at once; otherwise it builds one table of the next level's blocks, which the
 * walk then visits and splits in turn while the cache lasts.
 */
final class SplitWalker implements Visitor {

	private final PgtableLibrary library;
	private final Memcache cache;

	SplitWalker(PgtableLibrary library, Memcache cache) {
		this.library = library;
		this.cache = cache;
	}

	@Override
	public int visit(VisitContext ctx, long visit) {
		int level = ctx.level();
		long old = ctx.old();
		if (level == ctx.table().geometry().lastLevel() || !ctx.table().codec().isValid(old)) {
			return 0;
		}
		long pages = pagesForWholeSplit(ctx, level);
		boolean forcePte;
		if (cache.present() && cache.pages() >= pages) {
			forcePte = true;
		} else {
			forcePte = false;
			pages = 1;
		}
		if (!cache.present() || cache.pages() < pages) {
			return -Errno.ENOMEM;
		}
		long phys = ctx.table().codec().outputAddress(old, level);
		long attributes = library.operations().apply(OperationKind.SPLIT, old, 0);
		int child = library.unlinked().create(phys, level, attributes, cache, forcePte);
		if (child < 0) {
			return child;
		}
		if (!library.updates().tryBreak(ctx)) {
			library.unlinked().free(child, level);
			return -Errno.EAGAIN;
		}
		ctx.pool().link(child, level + 1, ctx.page(), ctx.index());
		library.updates().make(ctx, ctx.table().codec().tableDescriptor(ctx.pool().physicalAddress(child), level));
		return 0;
	}

	/** stage2_block_get_nr_page_tables(): one table per level below, each level's entries apart. */
	private static long pagesForWholeSplit(VisitContext ctx, int level) {
		long entries = ctx.pool().entriesPerPage();
		long pages = 0;
		long tables = 1;
		for (int below = level + 1; below <= ctx.table().geometry().lastLevel(); below++) {
			pages += tables;
			tables *= entries;
		}
		return pages;
	}
}
