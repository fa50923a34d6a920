package org.ptl.sim.walk;

import java.util.Arrays;

import org.ptl.sim.Errno;
import org.ptl.sim.table.PageTable;

/**
 * The generic page-table walk, step for step as Linux's kvm_pgtable_walk() (6.2 and later): align
 * the range to pages, check it against the input size, iterate the concatenated root pages, and
 * for each entry call the visitor (TABLE_PRE on tables, LEAF on everything else), reload the entry,
 * descend into tables, and call TABLE_POST on the way back. What each outcome does to the walk is
 * the policy's decision, so one walk reproduces each kernel version and each proposal; a RETRY
 * visits the same entry again, and a walk that retries an entry {@value #MAX_RETRIES} times ends
 * with -ELOOP (livelock).
 */
public final class Walker {

	public static final int MAX_RETRIES = 10_000;

	private final WalkPolicy policy;
	private final VisitContext[] contexts = new VisitContext[8];
	/**
	 * The running state of each walk in progress, by nesting depth (a visitor may itself walk:
	 * create_unlinked, free_unlinked), kept for the next walk at that depth so that a walk, like a
	 * visit, makes no objects: one map call per 4K page, as a fault does, allocates nothing here.
	 */
	private Data[] walks = new Data[4];
	private int depth;
	private long visits;
	private WalkHooks hooks;
	/**
	 * Where the outermost walk is, per level (for the explorer of racing walkers, which must tell
	 * apart two runs that would go on differently): the level being visited, and for each level the
	 * phase of its visit and what the callback returned.
	 */
	private int currentLevel = Integer.MIN_VALUE;
	private final int[] phase = new int[8];
	private final int[] returned = new int[8];

	/** Phases of a visit: its first read, the callback, the reload after it, the TABLE_POST callback. */
	private static final int READ = 1;
	private static final int CALLBACK = 2;
	private static final int RELOAD = 3;
	private static final int POST = 4;

	/** The walk's running state (struct kvm_pgtable_walk_data). */
	private static final class Data {
		PageTable table;
		Visitor visitor;
		long flags;
		long start;
		long addr;
		long end;
	}

	public Walker(WalkPolicy policy) {
		this.policy = policy;
		for (int i = 0; i < contexts.length; i++) {
			contexts[i] = new VisitContext();
		}
	}

	public WalkPolicy policy() {
		return policy;
	}

	/** Tells the hooks when walks begin and end and when an entry is retried; null for none. */
	public void setHooks(WalkHooks hooks) {
		this.hooks = hooks;
	}

	/**
	 * A hash of where the outermost walk in progress is and what decides its next moves: its flags,
	 * range and address, and for every level down to the one visited, the entry, the value read, the
	 * phase of the visit and the callback's result; with the visitor's own state. 0 when no walk runs.
	 */
	public long stateKey() {
		if (depth == 0) {
			return 0;
		}
		Data data = walks[0];
		long key = mix(mix(mix(mix(17, data.flags), data.start), data.addr), data.end);
		int first = data.table.geometry().firstLevel();
		for (int level = first; level <= currentLevel && level - first < contexts.length; level++) {
			VisitContext ctx = contexts[level - first];
			int visitPhase = phase[level - first];
			// before its first read, a visit's context still holds the previous entry's: not state
			key = visitPhase == READ && level == currentLevel ? mix(mix(key, level), visitPhase)
					: mix(mix(mix(mix(mix(key, level), ctx.page), ctx.index), ctx.old),
							visitPhase * 131L + returned[level - first]);
		}
		if (data.visitor instanceof KeyedVisitor keyed) {
			key = mix(key, keyed.stateKey());
		}
		return key;
	}

	private static long mix(long key, long value) {
		long h = (key ^ value) * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 29);
	}

	/** Visitor calls made since the walker was created. */
	public long visits() {
		return visits;
	}

	/** kvm_pgtable_walk(). */
	public int walk(PageTable table, long address, long size, Visitor visitor, long flags) {
		long pageMask = (1L << table.geometry().pageShift()) - 1;
		Data data = begin(table, visitor, flags);
		try {
			data.start = address & ~pageMask;
			data.addr = data.start;
			data.end = (data.start + size + pageMask) & ~pageMask;
			long limit = table.inputLimit();
			if (Long.compareUnsigned(data.addr, limit) > 0 || Long.compareUnsigned(data.end, limit) > 0
					|| Long.compareUnsigned(data.end, data.start) < 0) {
				return -Errno.ERANGE;
			}
			int ret = 0;
			for (int index = table.rootPageIndex(data.addr); Long.compareUnsigned(data.addr, data.end) < 0; index++) {
				ret = walkTable(data, table.rootPage() + index, table.geometry().firstLevel());
				if (ret != 0) {
					break;
				}
			}
			return ret;
		} finally {
			end(data);
		}
	}

	/** Walks a table that hangs from no entry (create_unlinked, free_unlinked): addresses 0 to end. */
	public int walkUnlinked(PageTable table, int page, int level, long end, Visitor visitor, long flags) {
		Data data = begin(table, visitor, flags);
		try {
			data.start = 0;
			data.addr = 0;
			data.end = end;
			return walkTable(data, page, level);
		} finally {
			end(data);
		}
	}

	private Data begin(PageTable table, Visitor visitor, long flags) {
		if (depth == 0 && hooks != null) {
			hooks.begin(flags);
		}
		if (depth == walks.length) {
			walks = Arrays.copyOf(walks, depth * 2);
		}
		Data data = walks[depth];
		if (data == null) {
			data = new Data();
			walks[depth] = data;
		}
		depth++;
		data.table = table;
		data.visitor = visitor;
		data.flags = flags;
		return data;
	}

	private void end(Data data) {
		data.table = null;
		data.visitor = null;
		depth--;
		if (depth == 0) {
			currentLevel = Integer.MIN_VALUE;
			if (hooks != null) {
				hooks.end(data.flags);
			}
		}
	}

	/** __kvm_pgtable_walk(). */
	private int walkTable(Data data, int page, int level) {
		int entries = data.table.pool().entriesPerPage();
		int ret = 0;
		for (int index = data.table.index(data.addr, level); index < entries; index++) {
			if (Long.compareUnsigned(data.addr, data.end) >= 0) {
				break;
			}
			ret = visit(data, page, index, level);
			if (ret != 0) {
				break;
			}
		}
		return ret;
	}

	/** __kvm_pgtable_visit(), with RETRY re-running the visit of the same entry. */
	private int visit(Data data, int page, int index, int level) {
		int slot = level - data.table.geometry().firstLevel();
		VisitContext ctx = contexts[slot];
		boolean outermost = data == walks[0];
		if (outermost) {
			currentLevel = level;
		}
		int ret;
		boolean table;
		int retries = 0;
		while (true) {
			if (outermost) {
				phase[slot] = READ;
				returned[slot] = 0;
			}
			ctx.table = data.table;
			ctx.page = page;
			ctx.index = index;
			ctx.old = data.table.pool().load(page, index);
			ctx.start = data.start;
			ctx.addr = data.addr;
			ctx.end = data.end;
			ctx.level = level;
			ctx.flags = data.flags;
			ret = 0;
			boolean reload = false;
			if (outermost) {
				phase[slot] = CALLBACK;
			}
			table = data.table.codec().isTable(ctx.old, level);
			if (table && (data.flags & WalkFlags.TABLE_PRE) != 0) {
				ret = call(data, ctx, WalkFlags.TABLE_PRE);
				reload = true;
			}
			if (!table && (data.flags & WalkFlags.LEAF) != 0) {
				ret = call(data, ctx, WalkFlags.LEAF);
				reload = true;
			}
			if (ret != 0 && policy.decide(ret, data.flags) == WalkAction.RETRY) {
				// MAX_RETRIES retries are allowed (MAX_RETRIES + 1 visits); the next one would be a livelock
				if (retries++ == MAX_RETRIES) {
					return -Errno.ELOOP;
				}
				if (hooks != null && outermost) {
					hooks.retried();
				}
				continue;
			}
			if (outermost) {
				phase[slot] = RELOAD;
				returned[slot] = ret;
			}
			if (reload) {
				ctx.old = data.table.pool().load(page, index);
				table = data.table.codec().isTable(ctx.old, level);
			}
			break;
		}
		if (goesOn(ret, data.flags)) {
			if (!table) {
				long granule = data.table.geometry().entrySize(level);
				data.addr = (data.addr & -granule) + granule;
			} else {
				int child = data.table.childPage(ctx.old, level);
				ret = walkTable(data, child, level + 1);
				if (outermost) {
					currentLevel = level;
					phase[slot] = POST;
					returned[slot] = ret;
				}
				if (goesOn(ret, data.flags) && (data.flags & WalkFlags.TABLE_POST) != 0) {
					ret = callTablePost(data, ctx);
				}
			}
		}
		return goesOn(ret, data.flags) ? 0 : ret;
	}

	/**
	 * The TABLE_POST visit; a RETRY makes it again (not the subtree's), with the same livelock
	 * bound. Without this a policy's RETRY would stop the walk when it came from a post-order visit.
	 */
	private int callTablePost(Data data, VisitContext ctx) {
		for (int retries = 0;; retries++) {
			int ret = call(data, ctx, WalkFlags.TABLE_POST);
			if (ret == 0 || policy.decide(ret, data.flags) != WalkAction.RETRY) {
				return ret;
			}
			if (retries == MAX_RETRIES) {
				return -Errno.ELOOP;
			}
		}
	}

	private int call(Data data, VisitContext ctx, long visit) {
		visits++;
		return data.visitor.visit(ctx, visit);
	}

	/** kvm_pgtable_walk_continue(): 0 goes on; otherwise the policy decides. */
	private boolean goesOn(int ret, long flags) {
		return ret == 0 || policy.decide(ret, flags).goesOn();
	}
}
