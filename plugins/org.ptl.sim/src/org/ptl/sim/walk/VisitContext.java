package org.ptl.sim.walk;

import org.ptl.sim.table.PageTable;
import org.ptl.sim.table.TablePool;

/**
 * What a visitor sees of the entry it visits (struct kvm_pgtable_visit_ctx): where the entry is,
 * its value when the visit began, the level, the address being walked and the walk's range and
 * flags. The walker reuses one context per level, so visiting makes no objects.
 */
public final class VisitContext {

	PageTable table;
	int page;
	int index;
	long old;
	long start;
	long addr;
	long end;
	int level;
	long flags;

	public PageTable table() {
		return table;
	}

	public TablePool pool() {
		return table.pool();
	}

	public int page() {
		return page;
	}

	public int index() {
		return index;
	}

	/** The entry's value when the visit began (ctx->old). */
	public long old() {
		return old;
	}

	public long start() {
		return start;
	}

	public long addr() {
		return addr;
	}

	public long end() {
		return end;
	}

	public int level() {
		return level;
	}

	public long flags() {
		return flags;
	}

	public boolean shared() {
		return (flags & WalkFlags.SHARED) != 0;
	}

	/** The entry's value now. */
	public long current() {
		return table.read(page, index);
	}

	/** WRITE_ONCE(*ptep, value). */
	public void write(long value) {
		table.pool().write(page, index, value);
	}
}
