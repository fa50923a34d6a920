package org.ptl.sim.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ptl.sim.format.FormatCodec;
import org.ptl.sim.table.MemoryOrder;

/**
 * The break-before-make monitor (DOMAIN.md §9.1, after casemate): given a stream of events (memory
 * writes with their order, barriers, TLB invalidations, locks, pages made and freed) it follows every
 * descriptor of the tables whose roots it was given through VALID, INVALID-UNCLEAN (remembering the
 * CPU that broke it) and INVALID, and returns the rules each event breaks. It keeps its own copy of
 * table memory, so it needs nothing but the events: the same monitor runs beside the simulator and
 * over traces recorded elsewhere. After a violation it goes on as if the write had been legal.
 */
public final class BbmMonitor {

	private record TableInfo(TableSpec spec, BbmRule rule, int lock) {
	}

	private final ShadowPages pages;
	private final List<TableInfo> tables;
	private final Map<Long, UncleanEntry> unclean;
	private final Map<Integer, LockHolders> locks;
	/** Entries a shared walker locked by compare-and-swap, and which CPU did. */
	private final Map<Long, Integer> lockedBy;
	private final UncleanSteps steps;
	private long events;

	public BbmMonitor(int pageShift) {
		this(new ShadowPages(pageShift), new ArrayList<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), 0);
	}

	private BbmMonitor(ShadowPages pages, List<TableInfo> tables, Map<Long, UncleanEntry> unclean,
			Map<Integer, LockHolders> locks, Map<Long, Integer> lockedBy, long events) {
		this.pages = pages;
		this.tables = tables;
		this.unclean = unclean;
		this.locks = locks;
		this.lockedBy = lockedBy;
		this.events = events;
		this.steps = new UncleanSteps(this);
	}

	/** An independent monitor in the same state. */
	public BbmMonitor copy() {
		Map<Long, UncleanEntry> uncleanCopy = new HashMap<>();
		unclean.forEach((address, entry) -> uncleanCopy.put(address, entry.copy()));
		Map<Integer, LockHolders> locksCopy = new HashMap<>();
		locks.forEach((lock, holders) -> locksCopy.put(lock, holders.copy()));
		return new BbmMonitor(pages.copy(), new ArrayList<>(tables), uncleanCopy, locksCopy, new HashMap<>(lockedBy),
				events);
	}

	/** Takes one event; returns the rules it breaks (usually none). */
	public List<Violation> accept(BbmEvent event) {
		List<Violation> found = new ArrayList<>(0);
		switch (event) {
		case BbmEvent.Root root -> root(root, found);
		case BbmEvent.Init init -> init(init, found);
		case BbmEvent.Write write -> write(write, found);
		case BbmEvent.Barrier barrier -> steps.barrier(barrier, found);
		case BbmEvent.Tlbi tlbi -> steps.tlbi(tlbi, found);
		case BbmEvent.Lock lock -> locks.computeIfAbsent(lock.lock(), ignored -> new LockHolders()).lock(lock.cpu(),
				lock.exclusive());
		case BbmEvent.Unlock unlock -> locks.computeIfAbsent(unlock.lock(), ignored -> new LockHolders())
				.unlock(unlock.cpu());
		case BbmEvent.Free free -> free(free, found);
		}
		events++;
		return found;
	}

	/** Whether the page at the address is part of some table now (reachable from a root). */
	public boolean isTablePage(long address) {
		ShadowPages.Page page = pages.page(pages.pageOf(address));
		return page != null && page.table >= 0;
	}

	/** The word at an address of the monitor's copy of memory (0 where nothing was written). */
	public long read(long address) {
		ShadowPages.Page page = pages.page(pages.pageOf(address));
		return page == null ? 0 : page.words[pages.indexOf(address)];
	}

	/**
	 * The words of the monitor's copy of the page at the (page-aligned) address, or null when nothing
	 * was written there. The array is the monitor's own: callers read it and never change it.
	 */
	public long[] pageWords(long pageAddress) {
		ShadowPages.Page page = pages.page(pageAddress);
		return page == null ? null : page.words;
	}

	/** Where a descriptor is, when the address is in a page of a table; else null. */
	public EntryLocation locate(long address) {
		ShadowPages.Page page = pages.page(pages.pageOf(address));
		if (page == null || page.table < 0) {
			return null;
		}
		long entrySize = tables.get(page.table).spec().codec().geometry().entrySize(page.level);
		return new EntryLocation(page.table, page.level, page.inputBase + pages.indexOf(address) * entrySize);
	}

	/** Whether some entry broken by the CPU is not clean yet. */
	public boolean leftUnclean(int cpu) {
		return unclean.values().stream().anyMatch(entry -> entry.cpu == cpu);
	}

	/** A hash of the monitor's state beyond memory contents: unclean entries, table pages, locks. */
	public long stateHash() {
		return MonitorStateHash.of(pages, unclean, locks, lockedBy);
	}

	private void root(BbmEvent.Root root, List<Violation> found) {
		int table = tables.size();
		tables.add(new TableInfo(root.table(), root.table().rule(), root.lock()));
		FormatCodec codec = root.table().codec();
		int level = codec.geometry().firstLevel();
		long span = codec.geometry().entrySize(level) << codec.geometry().stride();
		for (int i = 0; i < root.pages().size(); i++) {
			long address = root.pages().get(i);
			pages.mark(address, table, level, i * span, codec,
					page -> found.add(pageViolation(ViolationKind.DOUBLE_USE, -1, table, page, "")));
		}
	}

	private void init(BbmEvent.Init init, List<Violation> found) {
		for (long address = pages.pageOf(init.address()); address < init.address() + init.size(); address += pages.pageSize()) {
			ShadowPages.Page page = pages.page(address);
			if (page != null && page.table >= 0) {
				found.add(pageViolation(ViolationKind.FREE_REACHABLE, init.cpu(), page.table, address,
						"the page is made again while a table still reaches it"));
			}
			if (page != null) { // a page never written reads as zeros: a large mem-init costs nothing
				pages.zero(address);
			}
		}
	}

	private void free(BbmEvent.Free free, List<Violation> found) {
		for (long address = pages.pageOf(free.address()); address < free.address() + free.size(); address += pages.pageSize()) {
			ShadowPages.Page page = pages.page(address);
			if (page == null || page.table < 0) {
				continue;
			}
			if (page.detached) {
				found.add(pageViolation(ViolationKind.FREE_UNCLEAN, free.cpu(), page.table, address,
						"the entry it hangs from was broken and is not clean yet"));
			} else {
				found.add(pageViolation(ViolationKind.FREE_REACHABLE, free.cpu(), page.table, address, ""));
			}
			page.table = -1;
			page.detached = false;
		}
	}

	private void write(BbmEvent.Write write, List<Violation> found) {
		long address = write.address();
		ShadowPages.Page page = pages.pageOrZero(pages.pageOf(address));
		int index = pages.indexOf(address);
		long old = page.words[index];
		long value = write.value();
		page.words[index] = value;
		if (page.table < 0) {
			return;
		}
		TableInfo table = tables.get(page.table);
		FormatCodec codec = table.spec().codec();
		Entry entry = new Entry(page.table, address, page.level, page.inputBase + index * codec.geometry().entrySize(page.level));
		if (page.detached && !sharedWalker(write.cpu(), table)) {
			if (old != value && (codec.isValid(old) || codec.isValid(value))) {
				found.add(violation(ViolationKind.UNCLEAN_PARENT, write.cpu(), entry, old, value, ""));
			}
			return;
		}
		checkLock(write, entry, old, value, found);
		UncleanEntry broken = unclean.isEmpty() ? null : unclean.get(address);
		if (broken != null) {
			if (codec.isValid(value)) {
				found.add(violation(ViolationKind.UNCLEAN_TO_VALID, write.cpu(), entry, old, value,
						"cpu " + broken.cpu + " broke it (it held 0x" + Long.toHexString(broken.old) + ") and has got to "
								+ broken.progress.name().toLowerCase(java.util.Locale.ROOT) + " of DSB, TLBI, DSB"));
				unclean.remove(address);
				made(entry, value, write.cpu(), found);
			}
			return;
		}
		if (codec.isValid(old)) {
			if (codec.isValid(value)) {
				if (table.rule().required(old, value, entry.level())) {
					found.add(violation(ViolationKind.VALID_TO_VALID, write.cpu(), entry, old, value, ""));
				}
				if (old != value) {
					pages.forget(old, entry.level(), codec);
					made(entry, value, write.cpu(), found);
				}
			} else {
				unclean.put(address, new UncleanEntry(write.cpu(), old, entry.table(), entry.level(), entry.input()));
				pages.detach(old, entry.level(), codec, true);
			}
		} else if (codec.isValid(value)) {
			made(entry, value, write.cpu(), found);
		}
	}

	/** A valid descriptor now stands in the entry: a table's child becomes part of the table. */
	private void made(Entry entry, long value, int cpu, List<Violation> found) {
		FormatCodec codec = tables.get(entry.table()).spec().codec();
		if (!codec.isTable(value, entry.level())) {
			return;
		}
		long child = codec.outputAddress(value, entry.level());
		// few entries are unclean at a time: look through them rather than through the page's entries
		if (unclean.keySet().stream().anyMatch(address -> pages.pageOf(address) == child)) {
			found.add(violation(ViolationKind.UNCLEAN_CHILDREN, cpu, entry, 0, value, ""));
		}
		pages.mark(child, entry.table(), entry.level() + 1, entry.input(), codec,
				page2 -> found.add(violation(ViolationKind.DOUBLE_USE, cpu, entry, 0, value,
						"page 0x" + Long.toHexString(page2) + " is already part of a table")));
	}

	/**
	 * Whether the CPU walks under the read lock. Such a walker may write into a subtree another is
	 * detaching (RCU keeps it alive): the detaching walker's invalidation of the whole range the
	 * subtree covers removes whatever the write could put in a TLB, so only the usual rules apply to it.
	 * Casemate's stricter rule (nothing changes under a broken entry) is kept for writers that hold the
	 * table exclusively.
	 */
	private boolean sharedWalker(int cpu, TableInfo table) {
		LockHolders holders = locks.get(table.lock());
		return holders != null && holders.reads(cpu) && !holders.writes(cpu);
	}

	private void checkLock(BbmEvent.Write write, Entry entry, long old, long value, List<Violation> found) {
		LockHolders holders = locks.get(tables.get(entry.table()).lock());
		int cpu = write.cpu();
		if (holders != null && holders.writes(cpu)) {
			return;
		}
		if (holders == null || !holders.reads(cpu)) {
			found.add(violation(ViolationKind.UNLOCKED_WRITE, cpu, entry, old, value, ""));
			return;
		}
		FormatCodec codec = tables.get(entry.table()).spec().codec();
		Integer locker = lockedBy.isEmpty() ? null : lockedBy.remove(entry.address());
		if (write.order() == MemoryOrder.CAS) {
			if (!codec.isValid(value)) {
				lockedBy.put(entry.address(), cpu);
			}
		} else if (write.order() == MemoryOrder.PLAIN) {
			found.add(violation(ViolationKind.PLAIN_WRITE, cpu, entry, old, value,
					"a shared walker may change an entry only by compare-and-swap"));
		} else if (locker == null || locker != cpu) {
			found.add(violation(ViolationKind.RELEASE_NOT_LOCKED, cpu, entry, old, value,
					locker == null ? "no walker locked it" : "cpu " + locker + " locked it"));
		}
	}

	Map<Long, UncleanEntry> unclean() {
		return unclean;
	}

	TableSpec table(int index) {
		return tables.get(index).spec();
	}

	ShadowPages pages() {
		return pages;
	}

	/** The entry was cleaned: it is INVALID now, and a table it held is forgotten. */
	void cleaned(long address, UncleanEntry entry) {
		unclean.remove(address);
		pages.forget(entry.old, entry.level, tables.get(entry.table).spec().codec());
	}

	Violation violation(ViolationKind kind, int cpu, Entry entry, long before, long after, String detail) {
		FormatCodec codec = tables.get(entry.table()).spec().codec();
		return new Violation(kind, cpu, events, tables.get(entry.table()).spec().name(), entry.address(), entry.level(),
				entry.input(), before, after, DescriptorText.of(codec, before, entry.level()),
				DescriptorText.of(codec, after, entry.level()), detail);
	}

	private Violation pageViolation(ViolationKind kind, int cpu, int table, long page, String detail) {
		return new Violation(kind, cpu, events, tables.get(table).spec().name(), page, Integer.MIN_VALUE, 0, 0, 0, "",
				"", detail);
	}

	/** Where a descriptor is: its table, physical address, level and input address. */
	record Entry(int table, long address, int level, long input) {
	}
}
