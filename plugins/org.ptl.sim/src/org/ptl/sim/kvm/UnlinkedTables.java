package org.ptl.sim.kvm;

import org.ptl.sim.Errno;
import org.ptl.sim.table.Memcache;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.walk.WalkFlags;
import org.ptl.sim.walk.Walker;

/**
 * Subtrees that hang from no entry: built before they are installed (create_unlinked, for split),
 * and freed once detached (free_unlinked, at once; free_unlinked_table, after an RCU grace period
 * when walkers may race).
 */
final class UnlinkedTables {

	private final PgtableLibrary library;
	private final PageTable table;
	private final Walker walker;
	private Rcu rcu = (page, level, free) -> free.run();

	UnlinkedTables(PgtableLibrary library, PageTable table, Walker walker) {
		this.library = library;
		this.table = table;
		this.walker = walker;
	}

	void setRcu(Rcu rcu) {
		this.rcu = rcu;
	}

	/** kvm_pgtable_stage2_create_unlinked(): a detached subtree mapping one block; a page or -errno. */
	int create(long phys, int level, long attributes, Memcache cache, boolean forcePte) {
		long granule = table.geometry().entrySize(level);
		if ((phys & (granule - 1)) != 0) {
			return -Errno.EINVAL;
		}
		int page = table.pool().allocate(cache);
		if (page < 0) {
			return -Errno.ENOMEM;
		}
		table.pool().link(page, level + 1, -1, -1);
		MapWalker visitor = new MapWalker(library, phys, attributes, 0, forcePte, cache);
		int ret = walker.walkUnlinked(table, page, level + 1, granule, visitor,
				WalkFlags.LEAF | WalkFlags.SKIP_BBM_TLBI | WalkFlags.SKIP_CMO);
		if (ret != 0) {
			free(page, level);
			return ret;
		}
		return page;
	}

	/** mm_ops->free_unlinked_table(): frees a subtree a walker detached, after an RCU grace period. */
	void freeAfterGracePeriod(int page, int level) {
		rcu.callRcu(page, level, () -> free(page, level));
	}

	/** kvm_pgtable_stage2_free_unlinked(): frees a detached subtree, its top page last. */
	void free(int page, int level) {
		walker.walkUnlinked(table, page, level + 1, table.geometry().entrySize(level), FreeWalker.INSTANCE,
				WalkFlags.LEAF | WalkFlags.TABLE_POST);
		table.pool().put(page);
	}
}
