package org.ptl.sim.walk;

import java.util.Arrays;

import org.ptl.model.support.Geometry;
import org.ptl.sim.Errno;
import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.table.TablePool;

/**
 * The generic page-table walk, step for step as Linux's kvm_pgtable_walk() (6.2 and later): align
 * the range to pages, check it against the input size, iterate the concatenated root pages, and
 * for each entry call the visitor (TABLE_PRE on tables, LEAF on everything else), reload the entry,
 * descend into tables, and call TABLE_POST on the way back. What each outcome does to the walk is
 * the policy's decision, so one walk reproduces each kernel version and each proposal; a RETRY
 * visits the same entry again, and a walk that retries an entry {@value #MAX_RETRIES} times ends
 * with -ELOOP (livelock). Entries nobody observes (no pool observer, no hooks) are read straight from
 * their page's words, and the loop over a page keeps what does not change per entry out of it.
 */
public final class Walker {

	public static final int MAX_RETRIES = 10_000;

	private final WalkPolicy policy;
	/** The frame of each walk in progress, by nesting depth, kept for the next walk at that depth. */
	private WalkFrame[] frames = new WalkFrame[4];
	private int depth;
	private long visits;
	private WalkHooks hooks;
	private final WalkPosition position = new WalkPosition();

	public Walker(WalkPolicy policy) {
		this.policy = policy;
	}

	public WalkPolicy policy() {
		return policy;
	}

	/**
	 * Tells the hooks when walks begin and end and when an entry is retried, and keeps the outermost
	 * walk's position for {@link #stateKey()}; null for none.
	 */
	public void setHooks(WalkHooks hooks) {
		this.hooks = hooks;
	}

	/**
	 * A hash of where the outermost walk in progress is and what decides its next moves: its flags,
	 * range and address, and for every level down to the one visited, the entry, the value read, the
	 * phase of the visit and the callback's result; with the visitor's own state. 0 when no walk runs.
	 * The position is kept only while hooks are set (a racing CPU's walker).
	 */
	public long stateKey() {
		return depth == 0 ? 0 : position.key(frames[0]);
	}

	/** Visitor calls made since the walker was created. */
	public long visits() {
		return visits;
	}

	/** kvm_pgtable_walk(). */
	public int walk(PageTable table, long address, long size, Visitor visitor, long flags) {
		long pageMask = (1L << table.geometry().pageShift()) - 1;
		WalkFrame frame = begin(table, visitor, flags);
		try {
			frame.start = address & ~pageMask;
			frame.addr = frame.start;
			frame.end = (frame.start + size + pageMask) & ~pageMask;
			long limit = table.inputLimit();
			if (Long.compareUnsigned(frame.addr, limit) > 0 || Long.compareUnsigned(frame.end, limit) > 0
					|| Long.compareUnsigned(frame.end, frame.start) < 0) {
				return -Errno.ERANGE;
			}
			int ret = 0;
			for (int index = table.rootPageIndex(frame.addr); Long.compareUnsigned(frame.addr, frame.end) < 0; index++) {
				ret = walkTable(frame, table.rootPage() + index, table.geometry().firstLevel());
				if (ret != 0) {
					break;
				}
			}
			return ret;
		} finally {
			end(frame);
		}
	}

	/** Walks a table that hangs from no entry (create_unlinked, free_unlinked): addresses 0 to end. */
	public int walkUnlinked(PageTable table, int page, int level, long end, Visitor visitor, long flags) {
		WalkFrame frame = begin(table, visitor, flags);
		try {
			frame.start = 0;
			frame.addr = 0;
			frame.end = end;
			return walkTable(frame, page, level);
		} finally {
			end(frame);
		}
	}

	private WalkFrame begin(PageTable table, Visitor visitor, long flags) {
		if (depth == 0 && hooks != null) {
			hooks.begin(flags);
		}
		if (depth == frames.length) {
			frames = Arrays.copyOf(frames, depth * 2);
		}
		WalkFrame frame = frames[depth];
		if (frame == null) {
			frame = new WalkFrame();
			frames[depth] = frame;
		}
		frame.tracked = depth == 0 && hooks != null;
		depth++;
		frame.table = table;
		frame.visitor = visitor;
		frame.flags = flags;
		return frame;
	}

	private void end(WalkFrame frame) {
		frame.clear();
		depth--;
		if (depth == 0) {
			position.reset();
			if (hooks != null) {
				hooks.end(frame.flags);
			}
		}
	}

	/**
	 * __kvm_pgtable_walk(): the entries of one table page from the walk's address to its end. While
	 * nobody observes the walk (no pool observer, no hooks), a leaf whose visit returns 0 takes the
	 * short way here: its visit is __kvm_pgtable_visit() all the same, with nothing to decide after it
	 * (no retry, no table to descend into at the last level).
	 */
	private int walkTable(WalkFrame frame, int page, int level) {
		Geometry geometry = frame.table.geometry();
		int slot = level - geometry.firstLevel();
		VisitContext ctx = frame.enter(slot, page, level);
		long[] words = frame.table.pool().words(page);
		int shift = geometry.levelShift(level);
		int index = (int) ((frame.addr >>> shift) & (words.length - 1));
		FormatCodec codec = frame.table.codec();
		TablePool pool = frame.table.pool();
		Visitor visitor = frame.visitor;
		boolean plain = !frame.tracked && (frame.flags & WalkFlags.LEAF) != 0;
		boolean lastLevel = level == geometry.lastLevel();
		long end = frame.end;
		// the address stays in a register here; visits and nested walks find it in the frame
		long addr = frame.addr;
		long calls = 0;
		int ret = 0;
		for (; index < words.length && Long.compareUnsigned(addr, end) < 0; index++) {
			if (!plain || pool.observed() || !lastLevel && codec.isTable(words[index], level)) {
				frame.addr = addr;
				ret = visit(frame, ctx, words, index, slot);
				addr = frame.addr;
			} else {
				ctx.index = index;
				ctx.addr = addr;
				ctx.old = words[index];
				calls++;
				ret = visitor.visit(ctx, WalkFlags.LEAF);
				if (ret == 0 && lastLevel) {
					ctx.old = words[index];
					addr = (addr >>> shift << shift) + (1L << shift);
					continue;
				}
				frame.addr = addr;
				ret = settle(frame, ctx, words, slot, ret);
				addr = frame.addr;
			}
			if (ret != 0) {
				break;
			}
		}
		frame.addr = addr;
		visits += calls;
		return ret;
	}

	/** __kvm_pgtable_visit(): the callback, then what follows it. */
	private int visit(WalkFrame frame, VisitContext ctx, long[] words, int index, int slot) {
		if (frame.tracked) {
			position.visiting(ctx.level);
		}
		ctx.index = index;
		ctx.addr = frame.addr;
		return settle(frame, ctx, words, slot, callback(frame, ctx, words, slot));
	}

	/**
	 * A visit's read of the entry and its callback (TABLE_PRE on a table, LEAF on anything else, when
	 * the walk's flags ask for it). Reads go through the pool when an observer must see them.
	 */
	private int callback(WalkFrame frame, VisitContext ctx, long[] words, int slot) {
		if (frame.tracked) {
			position.at(slot, WalkPosition.READ, 0);
		}
		ctx.old = read(frame, ctx, words);
		if (frame.tracked) {
			position.at(slot, WalkPosition.CALLBACK, 0);
		}
		long kind = frame.table.codec().isTable(ctx.old, ctx.level) ? WalkFlags.TABLE_PRE : WalkFlags.LEAF;
		if ((frame.flags & kind) == 0) {
			return 0;
		}
		visits++;
		return frame.visitor.visit(ctx, kind);
	}

	private static long read(WalkFrame frame, VisitContext ctx, long[] words) {
		return !frame.table.pool().observed() ? words[ctx.index] : frame.table.pool().load(ctx.page, ctx.index);
	}

	/**
	 * What follows a visit's callback: a RETRY visits the entry again; then the entry is reloaded
	 * (when the callback ran, so that the walk descends into a table it just installed), and the
	 * walk moves past a leaf or descends into a table, with TABLE_POST on the way back.
	 */
	private int settle(WalkFrame frame, VisitContext ctx, long[] words, int slot, int ret) {
		long flags = frame.flags;
		int level = ctx.level;
		FormatCodec codec = frame.table.codec();
		// MAX_RETRIES retries are allowed (MAX_RETRIES + 1 visits); the next one would be a livelock
		for (int retries = 0; ret != 0 && policy.decide(ret, flags) == WalkAction.RETRY; retries++) {
			if (retries == MAX_RETRIES) {
				return -Errno.ELOOP;
			}
			if (frame.tracked) {
				hooks.retried();
			}
			ret = callback(frame, ctx, words, slot);
		}
		if (frame.tracked) {
			position.at(slot, WalkPosition.RELOAD, ret);
		}
		boolean isTable = codec.isTable(ctx.old, level);
		if ((flags & (isTable ? WalkFlags.TABLE_PRE : WalkFlags.LEAF)) != 0) {
			ctx.old = read(frame, ctx, words);
			isTable = codec.isTable(ctx.old, level);
		}
		if (!goesOn(ret, flags)) {
			return ret;
		}
		if (!isTable) {
			long granule = 1L << frame.table.geometry().levelShift(level);
			frame.addr = (frame.addr & -granule) + granule;
			return 0;
		}
		ret = walkTable(frame, frame.table.childPage(ctx.old, level), level + 1);
		if (frame.tracked) {
			position.visiting(level);
			position.at(slot, WalkPosition.POST, ret);
		}
		if (goesOn(ret, flags) && (flags & WalkFlags.TABLE_POST) != 0) {
			ret = callTablePost(frame, ctx);
		}
		return goesOn(ret, flags) ? 0 : ret;
	}

	/**
	 * The TABLE_POST visit; a RETRY makes it again (not the subtree's), with the same livelock
	 * bound. Without this a policy's RETRY would stop the walk when it came from a post-order visit.
	 */
	private int callTablePost(WalkFrame frame, VisitContext ctx) {
		for (int retries = 0;; retries++) {
			visits++;
			int ret = frame.visitor.visit(ctx, WalkFlags.TABLE_POST);
			if (ret == 0 || policy.decide(ret, frame.flags) != WalkAction.RETRY) {
				return ret;
			}
			if (retries == MAX_RETRIES) {
				return -Errno.ELOOP;
			}
		}
	}

	/** kvm_pgtable_walk_continue(): 0 goes on; otherwise the policy decides. */
	private boolean goesOn(int ret, long flags) {
		return ret == 0 || policy.decide(ret, flags).goesOn();
	}
}
