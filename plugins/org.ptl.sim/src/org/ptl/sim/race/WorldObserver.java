package org.ptl.sim.race;

import java.util.ArrayList;
import java.util.List;

import org.ptl.sim.maintenance.MaintenanceEvent;
import org.ptl.sim.maintenance.Maintenance;
import org.ptl.sim.table.MemoryOrder;
import org.ptl.sim.table.PageTable;
import org.ptl.sim.table.PoolObserver;

/**
 * Watches the shared table for the racing CPUs: every access to a page some walker can reach stops
 * the CPU at the gate first (private pages, a subtree being built, are not atomic events); every
 * write, count, page and maintenance call goes to the monitor's feed; the hash of memory is kept up
 * to date write by write; and, when asked, every event is written down for the step it belongs to.
 */
final class WorldObserver implements PoolObserver, Maintenance {

	private final RaceWorld world;
	private final PageTable table;
	/**
	 * Which pages a walker can reach or could once (from a root, through table entries), at the start
	 * and now. A page stays shared once published, until it is made again: a walker that read the
	 * entry before it was unlinked may still be inside it, so its accesses stay atomic events, and a
	 * step never hides one that another CPU's step does not commute with.
	 */
	private final boolean[] sharedAtStart;
	private boolean[] sharedNow;
	private final long memoryAtStart;
	private final long countsAtStart;
	private long memoryHash;
	private long countHash;
	private List<String> recording;

	WorldObserver(RaceWorld world, PageTable table) {
		this.world = world;
		this.table = table;
		this.sharedAtStart = new boolean[table.pool().carved()];
		this.sharedNow = sharedAtStart;
		for (int i = 0; i < table.rootPages(); i++) {
			mark(table.rootPage() + i, table.geometry().firstLevel(), true);
		}
		this.memoryAtStart = StateKeys.memory(table);
		this.countsAtStart = StateKeys.counts(table);
	}

	/** Back to the table as the race starts (the pool rolled back to it). */
	void reset() {
		memoryHash = memoryAtStart;
		countHash = countsAtStart;
		sharedNow = sharedAtStart.clone();
	}

	/** Marks the page and every page its table entries reach as reachable (or not). */
	private void mark(int page, int level, boolean reachable) {
		sharedNow[page] = reachable;
		for (int index = 0; index < table.pool().entriesPerPage(); index++) {
			long entry = table.pool().read(page, index);
			if (table.codec().isTable(entry, level)) {
				mark(table.childPage(entry, level), level + 1, reachable);
			}
		}
	}

	long hash() {
		return memoryHash * 31 + countHash;
	}

	/** Starts (or, with null, stops) writing events down. */
	void record(List<String> lines) {
		recording = lines;
	}

	static long term(int page, int index, long value) {
		if (value == 0) {
			return 0;
		}
		long h = (value ^ ((long) page << 20 | index)) * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 31);
	}

	static long countTerm(int page, int count) {
		return (long) count * (page + 1) * 0xC2B2AE3D27D4EB4FL;
	}

	/** Whether other walkers can reach the page: a root, or the page a reachable table entry points to. */
	private boolean shared(int page) {
		return page < sharedNow.length && sharedNow[page];
	}

	@Override
	public void before(Access access, int page, int index) {
		if (world.racing() && shared(page)) {
			PointKind kind = switch (access) {
			case READ -> PointKind.READ;
			case WRITE -> PointKind.WRITE;
			case COMPARE_AND_SET -> PointKind.CAS;
			case GET -> PointKind.GET;
			case PUT -> PointKind.PUT;
			};
			world.stop(kind == PointKind.GET || kind == PointKind.PUT ? Point.count(kind, page, false)
					: Point.access(kind, page, index));
			if (recording != null && kind == PointKind.READ) {
				recording.add("read " + entry(page, index) + " = 0x" + Long.toHexString(table.pool().read(page, index)));
			}
		}
	}

	private String entry(int page, int index) {
		return "L" + table.pool().level(page) + " 0x" + Long.toHexString(table.entryAddress(page, index));
	}

	@Override
	public void written(int page, int index, long before, long after, MemoryOrder order) {
		memoryHash += term(page, index, after) - term(page, index, before);
		if (shared(page)) {
			int level = table.pool().level(page);
			if (table.codec().isTable(after, level)) {
				mark(table.childPage(after, level), level + 1, true);
			}
		}
		world.feed().written(page, index, before, after, order);
		if (recording != null && shared(page)) {
			recording.add((order == MemoryOrder.CAS ? "cas " : order == MemoryOrder.RELEASE ? "release " : "store ")
					+ entry(page, index) + ": 0x" + Long.toHexString(before) + " -> 0x" + Long.toHexString(after));
		}
	}

	@Override
	public void compareAndSetFailed(int page, int index, long expected, long actual) {
		if (recording != null) {
			recording.add("cas " + entry(page, index) + " failed: expected 0x" + Long.toHexString(expected) + ", found 0x"
					+ Long.toHexString(actual));
		}
	}

	@Override
	public void counted(int page, int before, int count) {
		countHash += countTerm(page, count) - countTerm(page, before);
		if (recording != null && shared(page)) {
			recording.add((count > before ? "get" : "put") + " table page 0x"
					+ Long.toHexString(table.pool().physicalAddress(page)) + ": count " + count);
		}
	}

	@Override
	public void allocated(int page) {
		if (page < sharedNow.length) {
			sharedNow[page] = false;
		}
		world.feed().allocated(page);
	}

	@Override
	public void freed(int page) {
		world.feed().freed(page);
		if (recording != null) {
			recording.add("free table page 0x" + Long.toHexString(table.pool().physicalAddress(page)));
		}
	}

	@Override
	public void perform(MaintenanceEvent event) {
		// cache maintenance neither changes memory nor the monitor's state: not an atomic event that matters
		if (world.racing() && event.kind().isTlbi()) {
			world.stop(Point.maintenance(event));
		}
		world.feed().perform(event);
		world.trace().perform(event);
		if (recording != null) {
			recording.add(event.text());
		}
	}

	@Override
	public void note(String text) {
		world.trace().note(text);
		if (recording != null) {
			recording.add(text);
		}
	}

	/** Events written down since the last call. */
	List<String> drainRecording() {
		if (recording == null) {
			return List.of();
		}
		List<String> lines = new ArrayList<>(recording);
		recording.clear();
		return lines;
	}
}
