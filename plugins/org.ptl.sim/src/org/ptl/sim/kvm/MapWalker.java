package org.ptl.sim.kvm;

import org.ptl.model.OutputAddressRule;
import org.ptl.model.SeededBug;
import org.ptl.sim.Errno;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.walk.KeyedVisitor;
import org.ptl.sim.walk.VisitContext;
import org.ptl.sim.walk.WalkFlags;

/**
 * stage2_map_walker(): installs leaves for a map (or, with an invalid physical address, owner
 * annotations for set_owner). On the way down (TABLE_PRE) it replaces a table by a block when the
 * range covers the block, freeing the whole subtree; at leaves it installs the largest leaf the
 * level, alignment and range allow, or replaces the entry by a new, empty table and descends. The
 * output address of an entry comes from its input address (phys + (addr - start), Linux 6.4 and
 * later) or, as before 6.4, from a cursor that each installed leaf advances.
 */
final class MapWalker implements KeyedVisitor {

	/** KVM_PHYS_INVALID. */
	static final long PHYS_INVALID = -1L;

	private final PgtableLibrary library;
	private long phys;
	private long attributes;
	private final int owner;
	private final boolean forcePte;
	private final Memcache memcache;
	private final boolean cursorRule;
	/** data->phys before 6.4: the next output address, advanced after each leaf installed. */
	private long cursor;

	MapWalker(PgtableLibrary library, long phys, long attributes, int owner, boolean forcePte, Memcache memcache) {
		this.library = library;
		this.phys = phys;
		this.attributes = attributes;
		this.owner = owner;
		this.forcePte = forcePte;
		this.memcache = memcache;
		this.cursorRule = library.operations().outputAddressRule() == OutputAddressRule.CURSOR;
		this.cursor = phys;
	}

	/** The same visitor for the next map call of its library (owner, memcache and rule stay). */
	MapWalker restart(long newPhys, long newAttributes) {
		this.phys = newPhys;
		this.attributes = newAttributes;
		this.cursor = newPhys;
		return this;
	}

	@Override
	public long stateKey() {
		return cursorRule ? cursor : 0;
	}

	@Override
	public int visit(VisitContext ctx, long visit) {
		if (visit == WalkFlags.TABLE_PRE) {
			return tablePre(ctx);
		}
		if (visit == WalkFlags.LEAF) {
			return leaf(ctx);
		}
		return -Errno.EINVAL;
	}

	private boolean physValid(PageTable table, long pa) {
		return pa != PHYS_INVALID && table.codec().isPhysValid(pa);
	}

	/** stage2_map_walker_phys_addr(). */
	private long physFor(VisitContext ctx) {
		if (!physValid(ctx.table(), phys)) {
			return phys;
		}
		return cursorRule ? cursor : phys + (ctx.addr() - ctx.start());
	}

	/** stage2_leaf_mapping_allowed(). */
	private boolean leafAllowed(VisitContext ctx) {
		if (forcePte && ctx.level() < ctx.table().geometry().lastLevel()) {
			return false;
		}
		long pa = physFor(ctx);
		return library.blockMappingSupported(ctx, pa, physValid(ctx.table(), pa));
	}

	/** stage2_map_walker_try_leaf(). */
	private int tryLeaf(VisitContext ctx) {
		if (!leafAllowed(ctx)) {
			return -Errno.E2BIG;
		}
		PageTable table = ctx.table();
		OperationSet operations = library.operations();
		long pa = physFor(ctx);
		long fresh = physValid(table, pa) ? table.codec().leafDescriptor(pa, attributes, ctx.level())
				: operations.ownerAnnotation(owner);
		long old = ctx.old();
		if (!needsUpdate(table, operations, old, fresh)) {
			return -Errno.EAGAIN;
		}
		EntryUpdates updates = library.updates();
		if (!ctx.shared() && ((old ^ fresh) & ~operations.softwareMask()) == 0) {
			boolean oldCounted = EntryUpdates.counted(old);
			if (oldCounted != EntryUpdates.counted(fresh)) {
				if (oldCounted) {
					ctx.pool().put(ctx.page());
				} else {
					ctx.pool().get(ctx.page());
				}
			}
			updates.trySet(ctx, fresh);
			return 0;
		}
		if (library.operations().seeded(SeededBug.REPLACE_WITHOUT_BREAK) && table.codec().isValid(old)
				&& !table.codec().isTable(old, ctx.level())) {
			// the seeded bug: the new leaf goes straight over the valid one
			if (!updates.trySet(ctx, fresh)) {
				return -Errno.EAGAIN;
			}
			advance(ctx, pa);
			return 0;
		}
		if (!updates.tryBreak(ctx)) {
			return -Errno.EAGAIN;
		}
		// cacheable() and executable() only choose the maintenance to report: skipped when no one listens
		if (library.maintenance().wanted()) {
			updates.cleanBeforeMake(ctx, fresh, library.cacheable(fresh, ctx.level()), library.executable(fresh));
		}
		updates.make(ctx, fresh);
		advance(ctx, pa);
		return 0;
	}

	/** Before 6.4, data->phys += granule once a leaf is installed. */
	private void advance(VisitContext ctx, long pa) {
		if (cursorRule && physValid(ctx.table(), pa)) {
			cursor += ctx.table().geometry().entrySize(ctx.level());
		}
	}

	/** stage2_pte_needs_update(): a change of permissions alone is left to relax_perms. */
	private static boolean needsUpdate(PageTable table, OperationSet operations, long old, long fresh) {
		if (!table.codec().isValid(old) || !table.codec().isValid(fresh)) {
			return true;
		}
		return ((old ^ fresh) & ~operations.permissionsMask()) != 0;
	}

	/** stage2_map_walk_table_pre(). */
	private int tablePre(VisitContext ctx) {
		// Linux follows the table first; here only when it may go (a table descriptor that points
		// nowhere fails the same way either way: the walk follows it next)
		if (!leafAllowed(ctx)) {
			return 0;
		}
		int child = ctx.table().childPage(ctx.old(), ctx.level());
		int ret = tryLeaf(ctx);
		if (ret != 0) {
			return ret;
		}
		library.unlinked().freeAfterGracePeriod(child, ctx.level());
		return 0;
	}

	/** stage2_map_walk_leaf(). */
	private int leaf(VisitContext ctx) {
		int ret = tryLeaf(ctx);
		if (ret != -Errno.E2BIG) {
			return ret;
		}
		if (ctx.level() == ctx.table().geometry().lastLevel()) {
			return -Errno.EINVAL;
		}
		if (memcache == null || !memcache.present()) {
			return -Errno.ENOMEM;
		}
		int child = ctx.pool().allocate(memcache);
		if (child < 0) {
			return -Errno.ENOMEM;
		}
		if (!library.updates().tryBreak(ctx)) {
			ctx.pool().put(child);
			return -Errno.EAGAIN;
		}
		ctx.pool().link(child, ctx.level() + 1, ctx.page(), ctx.index());
		library.updates().make(ctx,
				ctx.table().codec().tableDescriptor(ctx.pool().physicalAddress(child), ctx.level()));
		return 0;
	}
}
