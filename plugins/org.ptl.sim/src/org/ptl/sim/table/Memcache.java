package org.ptl.sim.table;

/**
 * The pages page-table allocations may take (KVM's kvm_mmu_memory_cache): a count that allocation
 * decrements, or none at all, in which case an operation that needs a table fails with -ENOMEM.
 * A cache may also hold particular pages, taken out of the pool beforehand (a vCPU's own cache when
 * walkers race: which page a CPU gets does not depend on the order in which CPUs allocate). Freed
 * table pages go back to the page allocator, not to the cache, as in Linux.
 */
public final class Memcache {

	/** A cache so large that no scenario empties it. */
	public static final int UNLIMITED = Integer.MAX_VALUE;

	private boolean present;
	private int pages;
	private int[] reserved;

	private Memcache(boolean present, int pages) {
		this.present = present;
		this.pages = pages;
	}

	public static Memcache of(int pages) {
		return new Memcache(true, pages);
	}

	public static Memcache none() {
		return new Memcache(false, 0);
	}

	/** A cache of these pages of a pool (TablePool.reserve()), taken last first. */
	public static Memcache ofPages(int[] reserved) {
		Memcache cache = new Memcache(true, reserved.length);
		cache.reserved = reserved.clone();
		return cache;
	}

	/** The page the next allocation gets from this cache, or -1 when it holds no particular pages. */
	int reservedPage() {
		return reserved == null || pages == 0 ? -1 : reserved[pages - 1];
	}

	public boolean present() {
		return present;
	}

	public int pages() {
		return pages;
	}

	/** Refills the cache to the given number of pages, or removes it (negative). */
	public void set(int newPages) {
		present = newPages >= 0;
		pages = Math.max(0, newPages);
	}

	/** Takes one page; false when the cache is absent or empty. */
	public boolean take() {
		if (!present || pages == 0) {
			return false;
		}
		if (pages != UNLIMITED) {
			pages--;
		}
		return true;
	}
}
