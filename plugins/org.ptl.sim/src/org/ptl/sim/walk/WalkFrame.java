package org.ptl.sim.walk;

import org.ptl.sim.table.PageTable;

/**
 * The running state of one walk (struct kvm_pgtable_walk_data): the table, visitor, flags and
 * range, the address reached, and a visit context per level. Each nesting depth of walks (a visitor
 * may itself walk: create_unlinked, free_unlinked) has its own frame and its own contexts, so a
 * nested walk never overwrites what the walk around it shows its visitor, and a walk fills in the
 * context fields that do not change within a table page once per page rather than once per entry.
 * The walker keeps the frames for the next walk at the same depth: walking makes no objects.
 */
final class WalkFrame {

	PageTable table;
	Visitor visitor;
	long flags;
	long start;
	long addr;
	long end;
	/** Whether the explorer of racing walkers follows this walk's position (the outermost walk, with hooks). */
	boolean tracked;
	/** The context of the entry being visited at each level, by level - first level. */
	final VisitContext[] contexts = new VisitContext[8];

	WalkFrame() {
		for (int i = 0; i < contexts.length; i++) {
			contexts[i] = new VisitContext();
		}
	}

	/** The context for a table page at the level, with what stays the same for all its entries. */
	VisitContext enter(int slot, int page, int level) {
		VisitContext ctx = contexts[slot];
		ctx.table = table;
		ctx.page = page;
		ctx.level = level;
		ctx.start = start;
		ctx.end = end;
		ctx.flags = flags;
		return ctx;
	}

	void clear() {
		table = null;
		visitor = null;
	}
}
