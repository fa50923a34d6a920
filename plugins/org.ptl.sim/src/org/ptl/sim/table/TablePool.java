package org.ptl.sim.table;

import java.util.Arrays;

/**
 * Simulated physical memory for page-table pages: one array of 64-bit words per page, with a
 * reference count per page kept as Linux keeps it (1 for the page itself, plus one per counted
 * entry; a table page whose count drops to 0 is freed), and for traces the entry each table hangs
 * from. Table pages have physical addresses in a region of their own; a seed scatters which
 * addresses they get, deterministically.
 */
public final class TablePool {

	/** Table pages live from here up (960 GiB, below a 40-bit physical address limit). */
	public static final long TABLE_BASE = 0xF0_0000_0000L;

	/**
	 * The simulated memory for tables by default: 256 MiB (65,536 pages of 4K, 4,096 of 64K). An
	 * allocation past it fails with -ENOMEM as the kernel's does, rather than exhausting the Java heap.
	 */
	public static final long MAX_BYTES = 256L << 20;

	/** The default most table pages of a granule: {@link #MAX_BYTES} of them. */
	public static int maxPages(int pageShift) {
		return (int) Math.max(1, MAX_BYTES >>> pageShift);
	}

	private final int maxPages;
	private final int entries;
	private final PageAddresses addresses;
	/** An array per page: growing the pool copies page references, not entries (1 GiB needs 515 pages). */
	private long[][] pages;
	private int[] counts;
	private final PageLinks links;
	private int carved;
	private FreePages free = new FreePages();
	private int live;
	private EntryLog log;
	private PoolObserver observer;
	/** Pages written since the last checkpoint (null while no checkpoint is kept). */
	private DirtyPages dirty;

	/** A pool of at most maxPages table pages. */
	public TablePool(int pageShift, long seed, int maxPages) {
		this.maxPages = maxPages;
		this.entries = 1 << (pageShift - 3);
		this.addresses = new PageAddresses(pageShift, seed);
		int initialPages = 64;
		this.pages = new long[initialPages][];
		this.counts = new int[initialPages];
		this.links = new PageLinks(initialPages);
	}

	public int entriesPerPage() {
		return entries;
	}

	/** How many pages were ever carved from memory (the pool's pages are 0 to this, exclusive). */
	public int carved() {
		return carved;
	}

	/** A zeroed page with count 1, or -1 when the cache cannot give one or memory is full. */
	public int allocate(Memcache cache) {
		int reserved = cache.reservedPage();
		if (reserved >= 0) {
			cache.take();
			return take(reserved);
		}
		if (free.isEmpty() && carved >= maxPages) {
			return -1;
		}
		return cache.take() ? take(free.isEmpty() ? carve() : free.pop()) : -1;
	}

	/** Pages carved now and kept aside for a cache of their own (Memcache.ofPages()). */
	public int[] reserve(int count) {
		if (carved + count > maxPages) {
			throw new IllegalArgumentException("the table memory of " + maxPages + " pages cannot spare " + count);
		}
		int[] pages = new int[count];
		for (int i = 0; i < count; i++) {
			pages[i] = carve();
		}
		return pages;
	}

	/** Contiguous zeroed pages for a root table, outside any cache (zalloc_pages_exact). */
	public int allocateContiguous(int pages) {
		if (pages < 1 || carved + pages > maxPages) {
			throw new IllegalArgumentException("a root of " + pages + " pages does not fit a table memory of "
					+ maxPages + " pages");
		}
		int first = carved;
		for (int i = 0; i < pages; i++) {
			int page = carve();
			counts[page] = 1;
			live++;
		}
		return first;
	}

	private int take(int page) {
		touch(page);
		Arrays.fill(pages[page], 0L);
		counts[page] = 1;
		links.clear(page);
		live++;
		if (observer != null) {
			observer.allocated(page);
		}
		return page;
	}

	private int carve() {
		if (carved == counts.length) {
			int capacity = counts.length * 2;
			pages = Arrays.copyOf(pages, capacity);
			counts = Arrays.copyOf(counts, capacity);
			links.grow(capacity);
		}
		int page = carved++;
		pages[page] = new long[entries];
		links.clear(page);
		return page;
	}

	public long read(int page, int index) {
		return pages[page][index];
	}

	/** A page's entries themselves, read only, for walks nobody observes (a page keeps its array). */
	public long[] words(int page) {
		return pages[page];
	}

	/** Whether an observer listens (not observer() != null: that call does not inline while PoolObserver is unloaded). */
	public boolean observed() {
		return observer != null;
	}

	/** WRITE_ONCE(): a plain store. */
	public void write(int page, int index, long value) {
		write(page, index, value, MemoryOrder.PLAIN);
	}

	/** A store with its memory order (smp_store_release() for RELEASE). */
	public void write(int page, int index, long value, MemoryOrder order) {
		if (observer != null) {
			observer.before(PoolObserver.Access.WRITE, page, index);
		}
		store(page, index, value, order);
	}

	private void store(int page, int index, long value, MemoryOrder order) {
		touch(page);
		long[] words = pages[page];
		long before = words[index];
		if (log != null) {
			log.record(page, index, before);
		}
		words[index] = value;
		if (observer != null) {
			observer.written(page, index, before, value, order);
		}
	}

	/** cmpxchg(): writes only when the entry still holds the expected value. */
	public boolean compareAndSet(int page, int index, long expected, long value) {
		if (observer != null) {
			observer.before(PoolObserver.Access.COMPARE_AND_SET, page, index);
		}
		long actual = pages[page][index];
		if (actual != expected) {
			if (observer != null) {
				observer.compareAndSetFailed(page, index, expected, actual);
			}
			return false;
		}
		store(page, index, value, MemoryOrder.CAS);
		return true;
	}

	/** READ_ONCE() of an entry by a walker: an access the scheduler of racing walkers sees. */
	public long load(int page, int index) {
		if (observer != null) {
			observer.before(PoolObserver.Access.READ, page, index);
		}
		return read(page, index);
	}

	/** get_page(). */
	public void get(int page) {
		if (observer == null) {
			counts[page]++;
			return;
		}
		observer.before(PoolObserver.Access.GET, page, 0);
		observer.counted(page, counts[page], ++counts[page]);
	}

	/** put_page(): frees the page when its count reaches 0. */
	public void put(int page) {
		if (observer != null) {
			observer.before(PoolObserver.Access.PUT, page, 0);
		}
		int count = --counts[page];
		if (observer != null) {
			observer.counted(page, count + 1, count);
		}
		if (count == 0) {
			live--;
			free.push(page);
			if (observer != null) {
				observer.freed(page);
			}
		}
	}

	public int count(int page) {
		return counts[page];
	}

	/** Pages allocated and not freed: the table's pages, its root included. */
	public int livePages() {
		return live;
	}

	public long physicalAddress(int page) {
		return addresses.of(page);
	}

	/** The page at a physical address, or -1 when no table page is there. */
	public int pageAt(long pa) {
		return addresses.pageAt(pa, carved);
	}

	/** Records which entry a table page hangs from and its level (for traces). */
	public void link(int page, int level, int fromPage, int fromIndex) {
		links.set(page, level, fromPage, fromIndex);
	}

	public int level(int page) {
		return links.level(page);
	}

	public int parentPage(int page) {
		return links.parentPage(page);
	}

	public int parentIndex(int page) {
		return links.parentIndex(page);
	}

	private void touch(int page) {
		if (dirty != null) {
			dirty.touch(page);
		}
	}

	/**
	 * The pool as it is now, to come back to with {@link #rollback}: a run of racing walkers starts
	 * from it again and again, and only the pages it wrote are copied back. No page may be carved
	 * between the checkpoint and a rollback (allocations come from pages reserved before).
	 */
	public PoolCheckpoint checkpoint() {
		long[][] words = new long[carved][];
		for (int page = 0; page < carved; page++) {
			words[page] = pages[page].clone();
		}
		dirty = new DirtyPages(carved);
		return new PoolCheckpoint(words, counts.clone(), links.copy(), carved, free.copy(), live);
	}

	/** Back to the checkpoint. */
	public void rollback(PoolCheckpoint checkpoint) {
		if (carved != checkpoint.carved) {
			throw new IllegalStateException("pages were carved after the checkpoint");
		}
		dirty.drain(page -> System.arraycopy(checkpoint.words[page], 0, pages[page], 0, entries));
		System.arraycopy(checkpoint.counts, 0, counts, 0, carved);
		links.restore(checkpoint.links, carved);
		free = checkpoint.free.copy();
		live = checkpoint.live;
	}

	/** Starts recording the old value of every entry written, for a trace; null stops it. */
	public void setLog(EntryLog log) {
		this.log = log;
	}

	/** Starts telling the observer about every access; null stops it. */
	public void setObserver(PoolObserver observer) {
		this.observer = observer;
	}
}
