package org.ptl.sim.kvm;

import org.ptl.sim.Errno;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.walk.VisitContext;
import org.ptl.sim.walk.Visitor;

/**
 * hyp_map_walker(), the EL2 stage-1 map of Linux 6.12: a LEAF-only walk (no coalescing of tables
 * into blocks) that installs the largest leaf the level, alignment and range allow, or a new table
 * below an invalid entry, with no break-before-make and no cache maintenance. Re-creating the same
 * leaf does nothing; changing only its software bits rewrites it in place; any other change of a
 * valid leaf is a kernel WARN, after which Linux goes on to replace it with a table (at the last
 * level it returns -EINVAL), and so does this walker, reporting the WARN.
 */
final class HypMapWalker implements Visitor {

	private final PgtableLibrary library;
	private final long phys;
	private final long attributes;
	private final Memcache memcache;

	HypMapWalker(PgtableLibrary library, long phys, long attributes, Memcache memcache) {
		this.library = library;
		this.phys = phys;
		this.attributes = attributes;
		this.memcache = memcache;
	}

	@Override
	public int visit(VisitContext ctx, long visit) {
		if (tryLeaf(ctx)) {
			return 0;
		}
		if (ctx.level() == ctx.table().geometry().lastLevel()) {
			return -Errno.EINVAL;
		}
		// the hyp allocates from its own pool (zalloc_page(NULL)); the scenario's cache stands for it
		int child = ctx.pool().allocate(memcache);
		if (child < 0) {
			return -Errno.ENOMEM;
		}
		ctx.pool().link(child, ctx.level() + 1, ctx.page(), ctx.index());
		ctx.pool().get(ctx.page());
		ctx.write(ctx.table().codec().tableDescriptor(ctx.pool().physicalAddress(child), ctx.level()));
		return 0;
	}

	/** hyp_map_walker_try_leaf(). */
	private boolean tryLeaf(VisitContext ctx) {
		long pa = phys + (ctx.addr() - ctx.start());
		if (!library.blockMappingSupported(ctx, pa, true)) {
			return false;
		}
		long fresh = ctx.table().codec().leafDescriptor(pa, attributes, ctx.level());
		long old = ctx.old();
		if (old == fresh) {
			return true;
		}
		if (!ctx.table().codec().isValid(old)) {
			ctx.pool().get(ctx.page());
		} else if (((old ^ fresh) & ~library.operations().softwareMask()) != 0) {
			library.maintenance().note("WARN: hyp_map_walker_try_leaf() at 0x" + Long.toHexString(ctx.addr())
					+ ": a valid mapping would change beyond its software bits");
			return false;
		}
		ctx.write(fresh);
		return true;
	}
}
